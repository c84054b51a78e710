/**
 * The companion site's one stylesheet, served from /assets/site.css (CSP: style-src 'self',
 * so no inline styles anywhere). Calm palette, readable type, visible focus, reduced motion,
 * 360 px up to desktop, and a print layout for stretch pages.
 */
export const SITE_CSS = /* css */ `
:root {
  --bg: #f7f5f0;
  --surface: #ffffff;
  --ink: #1f2a30;
  --muted: #4a5a61;
  --accent: #2c6a64;
  --accent-ink: #ffffff;
  --accent-soft: #e3efec;
  --warm: #f3e7d3;
  --caution-bg: #fff4e0;
  --caution-line: #b26b00;
  --line: #d9d4c8;
  --focus: #1d4ed8;
  --radius: 14px;
  --space: clamp(1rem, 2.5vw, 1.5rem);
  --heading: #17262b;
  --accent-hover: #1d4b47;
  --soft-line: #c7ddd8;
  --kbd-bg: #eee9de;
  --urgent-bg: #fdecea;
  --urgent-line: #a3261b;
  color-scheme: light dark;
}
/* Dark mode: calm, low-glare colours for the evening routines; contrast stays at WCAG AA. */
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121a1c;
    --surface: #1b2528;
    --ink: #e6ecea;
    --muted: #b1c0c2;
    --accent: #7cc7bc;
    --accent-ink: #0f1c1b;
    --accent-soft: #22393a;
    --warm: #182225;
    --caution-bg: #2e2616;
    --caution-line: #e0a545;
    --line: #34454a;
    --focus: #8fb4ff;
    --heading: #f1f5f4;
    --accent-hover: #a6ddd4;
    --soft-line: #2f5150;
    --kbd-bg: #26343a;
    --urgent-bg: #3a1d1a;
    --urgent-line: #ff8a7a;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--ink);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1.0625rem;
  line-height: 1.6;
}
img, svg { max-width: 100%; height: auto; }
a { color: var(--accent); text-underline-offset: 0.18em; }
a:hover { color: var(--accent-hover); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 3px; border-radius: 4px; }
h1, h2, h3 { line-height: 1.25; color: var(--heading); }
h1 { font-size: clamp(1.75rem, 5vw, 2.5rem); margin: 0.25em 0 0.4em; }
h2 { font-size: clamp(1.3rem, 3.5vw, 1.6rem); margin: 2rem 0 0.75rem; }
h3 { font-size: 1.15rem; margin: 1.25rem 0 0.5rem; }
p { margin: 0 0 1rem; }
ul, ol { padding-left: 1.4rem; }
li + li { margin-top: 0.35rem; }

.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link {
  position: absolute; left: 0.75rem; top: -4rem; z-index: 10;
  background: var(--accent); color: var(--accent-ink); padding: 0.6rem 1rem; border-radius: 8px;
}
.skip-link:focus { top: 0.75rem; }

.wrap { max-width: 68rem; margin: 0 auto; padding: 0 var(--space); }
.site-header { background: var(--surface); border-bottom: 1px solid var(--line); }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.brand { font-weight: 700; font-size: 1.15rem; color: var(--ink); text-decoration: none; display: inline-flex; align-items: center; gap: 0.5rem; }
.brand-mark { width: 1.9rem; height: 1.9rem; }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.1rem; }
.site-nav li + li { margin-top: 0; }
.site-nav a { text-decoration: none; color: var(--muted); font-weight: 600; padding: 0.35rem 0; display: inline-block; }
.site-nav a:hover, .site-nav a[aria-current="page"] { color: var(--accent); text-decoration: underline; }

main { padding: 1.5rem 0 3rem; }
main:focus { outline: none; }
.lead { font-size: 1.15rem; color: var(--muted); max-width: 42rem; }
.crumbs { font-size: 0.95rem; color: var(--muted); margin: 0; }

.hero { display: grid; gap: var(--space); align-items: center; }
.panel { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: var(--space); }
.panel > :first-child, .caution > :first-child { margin-top: 0; }
.panel > :last-child { margin-bottom: 0; }
.soft { background: var(--accent-soft); border-color: var(--soft-line); }
.phrase { font-weight: 600; }
.phrase::before { content: "\\201C"; }
.phrase::after { content: "\\201D"; }
.phrases li { margin-top: 0.5rem; }

.grid { display: grid; gap: var(--space); grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); padding: 0; list-style: none; }
.grid > li { margin: 0; }
.card { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); overflow: hidden; height: 100%; display: flex; flex-direction: column; }
.card img { display: block; width: 100%; aspect-ratio: 3 / 2; object-fit: contain; background: var(--warm); }
.card-body { padding: 1rem 1.1rem 1.2rem; display: flex; flex-direction: column; gap: 0.35rem; flex: 1; }
.card h3 { margin: 0; }
.card h3 a { text-decoration: none; color: var(--ink); }
.card h3 a:hover { color: var(--accent); text-decoration: underline; }
.card p { margin: 0; color: var(--muted); font-size: 0.98rem; }
.meta { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0; padding: 0; list-style: none; }
.meta li { margin: 0; background: var(--accent-soft); color: var(--accent-hover); font-size: 0.85rem; font-weight: 600; padding: 0.15rem 0.6rem; border-radius: 999px; }

.routine-list { list-style: none; padding: 0; display: grid; gap: var(--space); grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); }
.routine-list > li { margin: 0; }
.routine-list h3 { margin-top: 0; }

.stretch-stage { display: grid; gap: var(--space); margin: 1rem 0 1.5rem; align-items: start; }
.stretch-stage .player { margin: 0; }
.figures { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); margin: 0; }
.figures figure { margin: 0; background: var(--warm); border-radius: var(--radius); padding: 0.75rem; }
.figures img { display: block; width: 100%; aspect-ratio: 3 / 2; object-fit: contain; }
.figures figcaption { text-align: center; color: var(--muted); font-size: 0.95rem; margin-top: 0.35rem; }

.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.25rem; margin: 0; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.facts .ours { color: var(--muted); }

.steps { counter-reset: step; list-style: none; padding: 0; }
.steps > li { counter-increment: step; position: relative; padding-left: 2.6rem; min-height: 2rem; margin-top: 0.7rem; }
.steps > li::before {
  content: counter(step); position: absolute; left: 0; top: 0;
  width: 1.85rem; height: 1.85rem; border-radius: 50%; background: var(--accent); color: var(--accent-ink);
  font-weight: 700; font-size: 0.95rem; display: grid; place-items: center;
}
.steps .hold-step { font-weight: 600; }
.step-note { display: block; color: var(--muted); font-weight: 400; font-size: 0.95rem; }

.caution { background: var(--caution-bg); border-left: 5px solid var(--caution-line); padding: 0.9rem 1.1rem; border-radius: 8px; margin: 1rem 0; }
.caution > :last-child { margin-bottom: 0; }
.urgent { border-left-color: var(--urgent-line); background: var(--urgent-bg); }

.sequence { list-style: none; padding: 0; counter-reset: item; }
.sequence > li { counter-increment: item; display: grid; grid-template-columns: 5.5rem 1fr; gap: 1rem; align-items: center; background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.75rem; margin-top: 0.75rem; }
.sequence img { width: 5.5rem; aspect-ratio: 3 / 2; object-fit: contain; background: var(--warm); border-radius: 8px; }
.sequence h3 { margin: 0 0 0.2rem; font-size: 1.1rem; }
.sequence h3::before { content: counter(item) ". "; color: var(--muted); }
.sequence p { margin: 0; color: var(--muted); }
.total { font-size: 1.15rem; font-weight: 700; }

.button {
  appearance: none; border: 2px solid var(--accent); background: var(--accent); color: var(--accent-ink);
  font: inherit; font-weight: 700; padding: 0.6rem 1.2rem; border-radius: 999px; cursor: pointer; min-height: 2.75rem;
}
.button:hover { background: var(--accent-hover); border-color: var(--accent-hover); }
.button.secondary { background: var(--surface); color: var(--accent); }
.button.secondary:hover { background: var(--accent-soft); }
.button.enable-skill { display: inline-flex; align-items: center; text-decoration: none; }
.button:disabled { opacity: 0.55; cursor: not-allowed; }

.player { margin: 1.5rem 0; }
/* The player's room is kept while its script loads (no layout shift when it appears);
   without JavaScript /assets/noscript.css removes it. */
.player[hidden] { display: block !important; visibility: hidden; }
.player [hidden] { display: none !important; }
.player-options { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: end; margin-bottom: 1rem; }
.player-options label { display: flex; flex-direction: column; font-weight: 600; font-size: 0.95rem; gap: 0.25rem; }
.player-options select { font: inherit; padding: 0.4rem 0.5rem; border: 1px solid #8a958f; border-radius: 8px; background: var(--surface); color: var(--ink); }
/* The focused session: fills the screen; rows have fixed sizes so the controls never move. */
html.player-open, html.player-open body { overflow: hidden; }
.player.is-active .player-session {
  position: fixed; inset: 0; z-index: 100; background: var(--bg); color: var(--ink);
  display: grid; gap: 0.4rem;
  grid-template-rows: auto auto minmax(0, 1fr) auto auto auto auto auto auto;
  grid-template-areas: "top" "note" "figure" "text" "count" "progress" "next" "bar" "keys";
  padding: max(0.6rem, env(safe-area-inset-top)) max(0.75rem, calc((100vw - 46rem) / 2)) max(0.75rem, env(safe-area-inset-bottom));
}
.player-session:focus { outline: none; }
.player-top { grid-area: top; } .player-voice-note { grid-area: note; } .player-figure { grid-area: figure; }
.player-text { grid-area: text; } .countdown { grid-area: count; } .progress { grid-area: progress; }
.player-next { grid-area: next; } .player-bar { grid-area: bar; } .keys-note { grid-area: keys; margin: 0; }
.player-top { display: grid; grid-template-columns: minmax(0, 1fr) auto; grid-template-rows: auto auto; column-gap: 0.75rem; align-items: center; }
.player-part { color: var(--muted); font-weight: 600; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.player-time { margin: 0; font-weight: 700; font-variant-numeric: tabular-nums; grid-row: 2; }
.player-exit { grid-row: 1 / span 2; grid-column: 2; min-height: 2.75rem; min-width: 4.5rem; }
.player-voice-note { margin: 0; padding: 0.35rem 0.7rem; border-radius: 8px; background: var(--caution-bg); border-left: 4px solid var(--caution-line); font-size: 0.95rem; }
.player-figure { min-height: 0; display: flex; justify-content: center; align-items: center; background: var(--warm); border-radius: var(--radius); overflow: hidden; }
.player-figure img { display: block; width: 100%; height: 100%; max-height: 100%; object-fit: contain; }
.player-text { font-size: clamp(1.15rem, 4.6vw, 1.5rem); line-height: 1.35; font-weight: 600; height: 4.05em; overflow: hidden; margin: 0; }
.countdown { display: flex; align-items: baseline; gap: 0.5rem; margin: 0; height: 3.2rem; overflow: hidden; }
.countdown.is-idle { visibility: hidden; }
.countdown-value { font-size: 3rem; font-weight: 800; font-variant-numeric: tabular-nums; color: var(--accent); line-height: 1; min-width: 2ch; }
.countdown-label { color: var(--muted); font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
.progress { height: 0.5rem; background: var(--accent-soft); border-radius: 999px; overflow: hidden; }
.progress-bar { height: 100%; width: 0; background: var(--accent); transition: width 0.25s linear; }
.player-next { margin: 0; color: var(--muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.player-bar { display: grid; gap: 0.5rem; }
.controls.player-controls { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 0.5rem; margin: 0; }
.controls.player-controls .button { font-size: 0.95rem; min-height: 3.5rem; padding: 0.25rem; width: 100%; border-radius: 14px; }
.button.hurt { min-height: 3rem; width: 100%; background: var(--urgent-bg); color: var(--ink); border-color: var(--urgent-line); border-radius: 14px; }
.button.hurt:hover { background: var(--caution-bg); border-color: var(--urgent-line); }
.player-hurts { position: absolute; z-index: 2; left: max(0.75rem, calc((100vw - 46rem) / 2)); right: max(0.75rem, calc((100vw - 46rem) / 2)); top: 4.5rem; bottom: max(0.75rem, env(safe-area-inset-bottom));
  overflow: auto; background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem; box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 25%); }
.player-hurts h3 { margin-top: 0; }
.player-hurts .button { width: 100%; min-height: 3rem; text-align: left; border-radius: 12px; margin-top: 0.4rem; }
.hurt-list { list-style: none; padding: 0; margin: 0 0 0.75rem; }
.hurt-list li { margin: 0; }
.hurts-more { margin: 0.9rem 0 0.2rem; color: var(--muted); }
.hurt-actions { display: grid; gap: 0.25rem; }
.player-resume { margin-bottom: 1rem; }
.controls { display: flex; flex-wrap: wrap; gap: 0.6rem; margin-top: 0.5rem; }
@media (hover: none) { .keys-note { display: none; } }
.player-note { color: var(--muted); font-size: 0.92rem; margin-top: 0.75rem; }
.kbd { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--kbd-bg); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.3rem; }

.site-footer { border-top: 1px solid var(--line); background: var(--surface); color: var(--muted); font-size: 0.95rem; }
.site-footer .wrap { padding-top: 1.25rem; padding-bottom: 1.5rem; }
.site-footer p { margin: 0 0 0.5rem; }

.two-col { display: grid; gap: var(--space); }
@media (min-width: 48rem) {
  .hero { grid-template-columns: 3fr 2fr; }
  .two-col { grid-template-columns: 1fr 1fr; }
  .sequence > li { grid-template-columns: 8rem 1fr; }
  .sequence img { width: 8rem; }
}
/* Desktop stretch pages: the drawings on the left half, the guided session on the right. */
@media (min-width: 60rem) {
  .stretch-stage { grid-template-columns: 1fr 1fr; }
  .stretch-stage .figures { grid-template-columns: 1fr; }
}
@media (max-width: 36rem) {
  /* Phones: one card per row with the drawing across its full width, big enough to copy. */
  .grid { grid-template-columns: 1fr; gap: 0.75rem; }
  .card-body { padding: 0.75rem 0.9rem; }
  .card .card-summary { display: none; }
}
@media (max-width: 26rem) {
  .facts { grid-template-columns: 1fr; gap: 0.1rem; }
  .facts dd { margin-bottom: 0.6rem; }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
@media print {
  :root { --bg: #fff; --surface: #fff; --ink: #1f2a30; --muted: #4a5a61; --accent: #2c6a64; --accent-ink: #fff; --accent-soft: #e3efec; --warm: #fff; --heading: #17262b; --line: #999; --caution-bg: #fff4e0; --caution-line: #b26b00; }
  body { background: #fff; font-size: 11pt; }
  .site-header, .skip-link, .player, .no-print { display: none !important; }
  .panel, .card, .figures figure, .sequence > li { border-color: #999; background: #fff; break-inside: avoid; }
  a { color: inherit; }
  main { padding: 0; }
  .steps > li::before, .meta li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .figures { grid-template-columns: repeat(auto-fit, minmax(12rem, 20rem)); }
}
`;
