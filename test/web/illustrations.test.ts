/**
 * The stretch illustrations: every stretch is drawn, every drawing is a valid standalone SVG
 * a browser can display, says in words what it shows, keeps the figure on the canvas and on
 * the floor, and shows the differences a person looks for (cat vs cow, the two pelvic tilts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { STRETCHES } from '../../skill/catalog/stretches/index';
import { STRETCH_IDS, type StretchId } from '../../skill/catalog/types';
import {
  DRAWINGS,
  UnknownIllustrationError,
  hasPose,
  illustrationPoses,
  allIllustrations,
  illustrationDescription,
  illustrationName,
  illustrationSides,
  illustrationSvg,
  variantPose,
  parseIllustrationName,
} from '../../web/illustrations/index';
import { framedBounds, framedFigure, framedParts } from '../../web/illustrations/frame';
import { CANVAS, FLOOR_Y, buildSkeleton, dist, spineBulge, type TorsoOutline, type PoseSpec } from '../../web/illustrations/skeleton';

const ALL_POSES = STRETCH_IDS.flatMap((id) => illustrationPoses(id).map((pose) => ({ id, pose })));
const nameOf = (id: StretchId): string => STRETCHES.find((s) => s.id === id)?.name ?? id;
const specOf = (id: StretchId, pose: string): PoseSpec => {
  const drawn = DRAWINGS[id].poses.find((p) => p.name === pose);
  if (!drawn) throw new Error(`no pose ${id}/${pose}`);
  return drawn.spec;
};
const textOf = (svg: string, tag: 'title' | 'desc'): string => svg.match(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`))?.[1] ?? '';
const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('which positions are drawn', () => {
  it('draws every stretch in at least one position', () => {
    for (const id of STRETCH_IDS) expect(illustrationPoses(id).length, id).toBeGreaterThanOrEqual(1);
  });

  it('draws cat-cow as cow then cat, and both pelvic tilts', () => {
    expect(illustrationPoses('cat-cow')).toEqual(['cow', 'cat']);
    expect(illustrationPoses('pelvic-tilts')).toEqual(['tilt-back', 'tilt-forward']);
    expect(illustrationPoses('standing-back-extension')).toEqual(['lean']);
  });

  it('answers hasPose for drawn positions only', () => {
    expect(hasPose('cat-cow', 'cat')).toBe(true);
    expect(hasPose('childs-pose', 'main')).toBe(true);
    expect(hasPose('cat-cow', 'main')).toBe(false);
    expect(hasPose('childs-pose', 'cat')).toBe(false);
    expect(hasPose('not-a-stretch', 'main')).toBe(false);
    expect(hasPose('toString', 'main')).toBe(false);
  });

  it('draws the main position when no pose is given, and refuses unknown poses with a clear error', () => {
    expect(illustrationSvg('cat-cow')).toBe(illustrationSvg('cat-cow', 'cow'));
    expect(illustrationSvg('pelvic-tilts')).toBe(illustrationSvg('pelvic-tilts', 'tilt-back'));
    expect(() => illustrationSvg('cat-cow', 'dog')).toThrow(UnknownIllustrationError);
    expect(() => illustrationSvg('cat-cow', 'dog')).toThrow(/cow, cat/);
    expect(() => illustrationSvg('nope' as StretchId)).toThrow(UnknownIllustrationError);
  });

  it('gives the same SVG every time (cacheable, diffable)', () => {
    for (const { id, pose } of ALL_POSES) expect(illustrationSvg(id, pose)).toBe(illustrationSvg(id, pose));
  });
});

describe('what a screen reader hears', () => {
  it.each(ALL_POSES)('$id ($pose) has a title and a description naming the stretch', ({ id, pose }) => {
    const svg = illustrationSvg(id, pose);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 600 400"/);
    expect(svg).toContain('role="img"');
    const title = unescape(textOf(svg, 'title'));
    const desc = unescape(textOf(svg, 'desc'));
    expect(title.toLowerCase()).toContain(nameOf(id).toLowerCase());
    expect(desc.toLowerCase()).toContain(nameOf(id).toLowerCase());
    expect(desc.split(' ').length, 'a real description, not a label').toBeGreaterThan(25);
    const label = DRAWINGS[id].poses.find((p) => p.name === pose)?.label;
    if (illustrationPoses(id).length > 1) expect(label, 'several positions are told apart by a label').toBeDefined();
    if (label) expect(title).toContain(label);
  });

  it('tells the two cat-cow positions apart in words', () => {
    expect(textOf(illustrationSvg('cat-cow', 'cow'), 'desc')).toMatch(/belly/);
    expect(textOf(illustrationSvg('cat-cow', 'cat'), 'desc')).toMatch(/rounds up/);
  });
});

describe('how the figure sits on the canvas', () => {
  it.each(ALL_POSES)('$id ($pose) stays inside the canvas, rests on the floor and fills the frame', ({ id, pose }) => {
    const box = framedBounds(specOf(id, pose));
    const { floorY } = framedFigure(specOf(id, pose));
    const outline = 3;
    expect(box.minX - outline).toBeGreaterThanOrEqual(0);
    expect(box.minY - outline).toBeGreaterThanOrEqual(0);
    expect(box.maxX + outline).toBeLessThanOrEqual(CANVAS.width);
    // Every drawn position is on the floor (kneeling, lying, sitting or standing):
    // the lowest point touches the floor line, neither floating nor sinking into it.
    expect(Math.abs(box.maxY - floorY), `lowest point ${box.maxY} vs floor ${floorY}`).toBeLessThanOrEqual(3);
    // It fills the frame: nearly the full width or the full height, and it sits in the
    // middle of the height rather than in the bottom strip.
    const fillsWidth = (box.maxX - box.minX) / CANVAS.width;
    const fillsHeight = (box.maxY - box.minY) / CANVAS.height;
    expect(Math.max(fillsWidth, fillsHeight), 'share of the frame').toBeGreaterThan(0.78);
    const middle = (box.minY + box.maxY) / 2;
    expect(Math.abs(middle - CANVAS.height / 2), 'vertical centre').toBeLessThan(CANVAS.height * 0.12);
  });

  it.each(ALL_POSES)('$id ($pose) puts every hand and foot where the pose places it (nothing floats)', ({ id, pose }) => {
    const spec = specOf(id, pose);
    const k = buildSkeleton(spec);
    const reached = { nearArm: k.nearWrist, farArm: k.farWrist, nearLeg: k.nearAnkle, farLeg: k.farAnkle };
    for (const [limb, placed] of Object.entries(spec.limbs)) {
      if ('end' in placed) expect(dist(placed.end, reached[limb as keyof typeof reached]), limb).toBeLessThan(0.5);
    }
  });

  it('keeps wrists under shoulders and knees under hips in cat-cow, and elbows under shoulders in sphinx', () => {
    for (const pose of ['cow', 'cat']) {
      const k = buildSkeleton(specOf('cat-cow', pose));
      expect(Math.abs(k.nearWrist.x - k.nearShoulder.x), `${pose} wrist`).toBeLessThan(12);
      expect(Math.abs(k.nearKnee.x - k.nearHip.x), `${pose} knee`).toBeLessThan(12);
      expect(FLOOR_Y - k.nearKnee.y, `${pose} knee on the floor`).toBeLessThan(16);
      expect(FLOOR_Y - k.nearWrist.y, `${pose} hand on the floor`).toBeLessThan(10);
    }
    const sphinx = buildSkeleton(specOf('sphinx-pose', 'main'));
    expect(Math.abs(sphinx.nearElbow.x - sphinx.nearShoulder.x)).toBeLessThan(12);
    expect(FLOOR_Y - sphinx.nearElbow.y).toBeLessThan(12);
  });

  it('rounds the back up for cat and lets it sag for cow', () => {
    expect(spineBulge(specOf('cat-cow', 'cat'))).toBeGreaterThan(5);
    expect(spineBulge(specOf('cat-cow', 'cow'))).toBeLessThan(-5);
  });

  it('shows the lower back flat on the floor when tilting back and lifted into an arch when tilting forward', () => {
    const lowerBackGap = (pose: string): number => {
      const torso = framedParts(specOf('pelvic-tilts', pose))
        .flatMap((p) => p.shapes)
        .find((s): s is TorsoOutline => s.kind === 'torso');
      if (!torso) throw new Error('no torso');
      // Lying on the back with the head to the left: the back edge is the one nearer the floor.
      const backEdge = torso.left[10]!.y > torso.right[10]!.y ? torso.left : torso.right;
      const waist = backEdge.slice(6, 14); // the lumbar part of the spine
      return framedFigure(specOf('pelvic-tilts', pose)).floorY - Math.max(...waist.map((p) => p.y));
    };
    // Canvas units: the lying figures are drawn about 1.3 times model size.
    expect(lowerBackGap('tilt-back')).toBeLessThanOrEqual(3);
    expect(lowerBackGap('tilt-forward')).toBeGreaterThanOrEqual(14);
  });

  it('leans the standing back extension backward, not forward: hips forward, chest arched, head behind the hips', () => {
    const spec = specOf('standing-back-extension', 'lean');
    const k = buildSkeleton(spec);
    // The toes point the way the figure faces; "behind" is the other way.
    const facing = Math.sign(k.nearToe.x - k.nearAnkle.x);
    const behind = (a: number, b: number) => (a - b) * -facing;
    expect(facing).not.toBe(0);
    const gaze = spec.gaze ?? 0;
    expect(Math.sign(Math.cos((gaze * Math.PI) / 180)), 'looks the way the toes point').toBe(facing);
    expect(Math.sin((gaze * Math.PI) / 180), 'chin lifted: looks a little up').toBeLessThan(-0.2);
    expect(behind(k.nearAnkle.x, k.nearHip.x), 'hips slightly ahead of the feet').toBeGreaterThan(0);
    expect(behind(k.neckBase.x, k.nearHip.x), 'shoulders behind the hips').toBeGreaterThan(20);
    expect(behind(k.head.x, k.nearHip.x), 'head behind the hips').toBeGreaterThan(30);
    expect(spineBulge(spec), 'arched back, chest bulging forward').toBeLessThan(-3);
    // Hands on the lower back with the elbows out behind the body.
    expect(behind(k.nearElbow.x, k.nearShoulder.x)).toBeGreaterThan(10);
    expect(behind(k.nearWrist.x, k.nearHip.x)).toBeGreaterThan(10);
    expect(k.nearWrist.y).toBeLessThan(k.nearHip.y);
    // The arrow travels backward over the head.
    const [arrow] = spec.arrows ?? [];
    expect(arrow).toBeDefined();
    if (arrow) {
      expect(behind(arrow[2].x, arrow[0].x)).toBeGreaterThan(30);
      expect(Math.min(arrow[0].y, arrow[1].y)).toBeLessThan(k.head.y);
    }
  });

  it('highlights the working limb of every two-sided stretch', () => {
    for (const stretch of STRETCHES) {
      const svg = illustrationSvg(stretch.id);
      if (stretch.sided) expect(svg, stretch.id).toMatch(/class="part (near|far)(Arm|Leg) working"/);
    }
  });
});

describe('both sides and the moves the guide describes', () => {
  it('draws a sided stretch for the left side as the mirror image, with the words for the left', () => {
    for (const stretch of STRETCHES.filter((s) => s.sided)) {
      expect(illustrationSides(stretch.id)).toEqual(['right', 'left']);
      const left = illustrationSvg(stretch.id, undefined, 'left');
      expect(left, stretch.id).toContain('class="mirrored" transform="matrix(-1 0 0 1 600 0)"');
      expect(textOf(left, 'title')).toContain('left side');
      const rightDesc = illustrationDescription(stretch.id, undefined, 'right');
      const leftDesc = illustrationDescription(stretch.id, undefined, 'left');
      expect(leftDesc).not.toBe(rightDesc);
      // Every "right" of the right side reads "left" and the other way round.
      expect(rightDesc.match(/\bright\b/gi)?.length ?? 0).toBe(leftDesc.match(/\bleft\b/gi)?.length ?? 0);
    }
    for (const stretch of STRETCHES.filter((s) => !s.sided)) {
      expect(illustrationSides(stretch.id)).toEqual([undefined]);
      expect(illustrationSvg(stretch.id, undefined, 'left')).toBe(illustrationSvg(stretch.id));
    }
  });

  it('names every drawing by a file name that leads back to it', () => {
    for (const d of allIllustrations()) expect(parseIllustrationName(illustrationName(d.id, d.pose, d.side))).toEqual(d);
    expect(illustrationName('cat-cow', 'cat')).toBe('cat-cow-cat');
    expect(illustrationName('knee-to-chest', undefined, 'left')).toBe('knee-to-chest-left');
    expect(parseIllustrationName('cat-cow-left')).toBeUndefined();
    expect(parseIllustrationName('nope')).toBeUndefined();
  });

  it('threads the needle across under the chest: the working arm lies on the floor, reaching past the planted hand', () => {
    const spec = specOf('thread-the-needle', 'main');
    const k = buildSkeleton(spec);
    expect(spec.view, 'seen from the head end, so "across" is left-right').toBe('front');
    expect(spec.highlight).toEqual(['nearArm']);
    // Across: from the right shoulder past the left hand, not back towards the knees.
    expect(k.nearWrist.x - k.nearShoulder.x).toBeGreaterThan(80);
    expect(k.nearWrist.x).toBeGreaterThan(k.farWrist.x);
    expect(FLOOR_Y - k.nearWrist.y, 'lying on the floor').toBeLessThan(12);
    // Under the chest: below the left shoulder, with the hips kept high.
    expect(k.nearWrist.y).toBeGreaterThan(k.farShoulder.y);
    expect(k.nearHip.y).toBeLessThan(k.farShoulder.y);
  });

  it('draws the chair twist on a chair, turning toward the chair back, as the twist\'s chair modification', () => {
    expect(variantPose('seated-spinal-twist', 'easier')).toBe('chair');
    const spec = specOf('seated-spinal-twist', 'chair');
    expect(spec.chair).toBeDefined();
    const k = buildSkeleton(spec);
    const backX = spec.chair?.backAt === 'from' ? spec.chair.from : (spec.chair?.to ?? 0);
    // Hands at the chair back, head turned the same way.
    expect(Math.abs(k.nearWrist.x - backX)).toBeLessThan(20);
    expect(Math.abs(k.farWrist.x - backX)).toBeLessThan(20);
    expect(Math.sign(Math.cos(((spec.gaze ?? 0) * Math.PI) / 180))).toBe(Math.sign(backX - spec.hip.x));
    expect(illustrationSvg('seated-spinal-twist', 'chair')).toContain('class="part chair"');
  });
});

describe('in a real browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // Loaded here, not at the top: the fast tier skips this block and need not load Playwright.
    const { launchChromium } = await import('../support/chromium');
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('parses every SVG as XML and displays it as an image file', async () => {
    const svgs = ALL_POSES.map(({ id, pose }) => ({ key: `${id}/${pose}`, svg: illustrationSvg(id, pose) }));
    const results = await page.evaluate(async (list) => {
      const out: { key: string; parseError: string | null; width: number; height: number }[] = [];
      for (const { key, svg } of list) {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const err = doc.querySelector('parsererror');
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        await img.decode().catch(() => undefined);
        out.push({ key, parseError: err ? err.textContent : null, width: img.naturalWidth, height: img.naturalHeight });
      }
      return out;
    }, svgs);
    for (const r of results) {
      expect(r.parseError, r.key).toBeNull();
      expect(r.width, r.key).toBe(600);
      expect(r.height, r.key).toBe(400);
    }
  });

  it('can inline every illustration on one page without clashing ids, each labelled by its title', async () => {
    const html = ALL_POSES.map(({ id, pose }) => illustrationSvg(id, pose)).join('');
    await page.setContent(`<!doctype html><html><body>${html}</body></html>`);
    const info = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      const names = [...document.querySelectorAll('svg')].map((svg) => {
        const label = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
        return label.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      });
      return { ids, names };
    });
    expect(new Set(info.ids).size).toBe(info.ids.length);
    expect(info.names).toHaveLength(ALL_POSES.length);
    ALL_POSES.forEach(({ id }, i) => expect(info.names[i]?.toLowerCase()).toContain(nameOf(id).toLowerCase()));
  });
});
