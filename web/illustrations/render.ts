/**
 * Turns a pose into a standalone SVG document: background, floor (and mat), and the
 * figure drawn part by part, each part as an outline pass then a fill pass so the
 * segments of one limb merge into a single smooth shape.
 */
import { framedFigure } from './frame';
import { CANVAS, partsBounds, type LimbName, type Part, type PartName, type PoseSpec, type Arrow, type Hair, type Shape, type TorsoOutline } from './skeleton';

export const PALETTE = {
  background: '#f6f0e6',
  floor: '#e9dfcf',
  floorLine: '#c9b99f',
  mat: '#b8d4cb',
  matEdge: '#8fb5a9',
  body: '#6aa6ae',
  far: '#9dc3c7',
  accent: '#e9976c',
  outline: '#2d4b55',
  hair: '#3f6670',
  outlineSoft: '#7a8f94',
  chair: '#c8a47e',
} as const;

/** Outline thickness around every shape. */
const OUTLINE = 2.5;

const n = (v: number): string => {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function torsoPath(t: TorsoOutline): string {
  const [pelvisCap, topCap] = t.caps;
  const first = t.left[0];
  const lastLeft = t.left[t.left.length - 1];
  const lastRight = t.right[t.right.length - 1];
  const firstRight = t.right[0];
  if (!pelvisCap || !topCap || !first || !lastLeft || !lastRight || !firstRight) return '';
  // Which way a semicircle from `a` to `b` must sweep to bulge away from `inward`.
  const sweep = (a: { x: number; y: number }, c: { x: number; y: number }, inward: { x: number; y: number }) => {
    const rx = -(a.y - c.y);
    const ry = a.x - c.x;
    return rx * (inward.x - c.x) + ry * (inward.y - c.y) > 0 ? 0 : 1;
  };
  const innerTop = t.left[t.left.length - 2] ?? first;
  const innerBottom = t.right[1] ?? lastRight;
  const topMid = { x: (lastLeft.x + lastRight.x) / 2, y: (lastLeft.y + lastRight.y) / 2 };
  const bottomMid = { x: (first.x + firstRight.x) / 2, y: (first.y + firstRight.y) / 2 };
  const inwardTop = { x: topMid.x + (innerTop.x - lastLeft.x), y: topMid.y + (innerTop.y - lastLeft.y) };
  const inwardBottom = { x: bottomMid.x + (innerBottom.x - firstRight.x), y: bottomMid.y + (innerBottom.y - firstRight.y) };
  const parts: string[] = [`M${n(first.x)} ${n(first.y)}`];
  for (const p of t.left.slice(1)) parts.push(`L${n(p.x)} ${n(p.y)}`);
  parts.push(`A${n(topCap.r)} ${n(topCap.r)} 0 0 ${sweep(lastLeft, topMid, inwardTop)} ${n(lastRight.x)} ${n(lastRight.y)}`);
  for (const p of [...t.right].reverse().slice(1)) parts.push(`L${n(p.x)} ${n(p.y)}`);
  parts.push(`A${n(pelvisCap.r)} ${n(pelvisCap.r)} 0 0 ${sweep(firstRight, bottomMid, inwardBottom)} ${n(first.x)} ${n(first.y)}Z`);
  return parts.join('');
}

function shapeOutline(s: Shape): string {
  const c = PALETTE.outline;
  if (s.kind === 'dot' || s.kind === 'hair' || s.kind === 'arrow') return '';
  if (s.kind === 'capsule') {
    return `<line x1="${n(s.a.x)}" y1="${n(s.a.y)}" x2="${n(s.b.x)}" y2="${n(s.b.y)}" stroke="${c}" stroke-width="${n(s.width + 2 * OUTLINE)}" stroke-linecap="round"/>`;
  }
  if (s.kind === 'circle') {
    return `<circle cx="${n(s.c.x)}" cy="${n(s.c.y)}" r="${n(s.r + OUTLINE)}" fill="${c}"/>`;
  }
  return `<path d="${torsoPath(s)}" fill="${c}" stroke="${c}" stroke-width="${n(2 * OUTLINE)}" stroke-linejoin="round"/>`;
}

function hairPath(s: Hair): string {
  const p = (deg: number) => ({ x: s.c.x + s.r * Math.cos((deg * Math.PI) / 180), y: s.c.y + s.r * Math.sin((deg * Math.PI) / 180) });
  const a = p(s.from);
  const b = p(s.to);
  const sweep = s.to > s.from ? 1 : 0;
  const large = Math.abs(s.to - s.from) > 180 ? 1 : 0;
  // Close with a gentle curve bowing towards the crown, so the hairline is not a hard chord.
  const mid = p((s.from + s.to) / 2);
  const ctrl = { x: s.c.x + (mid.x - s.c.x) * 0.25, y: s.c.y + (mid.y - s.c.y) * 0.25 };
  return `M${n(a.x)} ${n(a.y)}A${n(s.r)} ${n(s.r)} 0 ${large} ${sweep} ${n(b.x)} ${n(b.y)}Q${n(ctrl.x)} ${n(ctrl.y)} ${n(a.x)} ${n(a.y)}Z`;
}

function arrowMarkup(s: Arrow): string {
  const c = PALETTE.outlineSoft;
  // Arrowhead: a small triangle pointing along the curve's final direction (control -> end).
  const dx = s.b.x - s.c.x;
  const dy = s.b.y - s.c.y;
  const l = Math.hypot(dx, dy) || 1;
  const ux = dx / l;
  const uy = dy / l;
  const size = 11;
  const tip = { x: s.b.x + ux * size * 0.6, y: s.b.y + uy * size * 0.6 };
  const left = { x: s.b.x - ux * size * 0.5 - uy * size * 0.6, y: s.b.y - uy * size * 0.5 + ux * size * 0.6 };
  const right = { x: s.b.x - ux * size * 0.5 + uy * size * 0.6, y: s.b.y - uy * size * 0.5 - ux * size * 0.6 };
  return (
    `<path class="arrow" d="M${n(s.a.x)} ${n(s.a.y)}Q${n(s.c.x)} ${n(s.c.y)} ${n(s.b.x)} ${n(s.b.y)}" fill="none" stroke="${c}" stroke-width="3.5" stroke-linecap="round" stroke-dasharray="2 7"/>` +
    `<path class="arrow-head" d="M${n(tip.x)} ${n(tip.y)}L${n(left.x)} ${n(left.y)}L${n(right.x)} ${n(right.y)}Z" fill="${c}" stroke="${c}" stroke-width="2" stroke-linejoin="round"/>`
  );
}

function shapeFill(s: Shape, fill: string): string {
  if (s.kind === 'arrow') return arrowMarkup(s);
  if (s.kind === 'hair') return `<path d="${hairPath(s)}" fill="${PALETTE.hair}"/>`;
  if (s.kind === 'dot') return `<circle cx="${n(s.c.x)}" cy="${n(s.c.y)}" r="${n(s.r)}" fill="${PALETTE.outline}"/>`;
  if (s.kind === 'capsule') {
    return `<line x1="${n(s.a.x)}" y1="${n(s.a.y)}" x2="${n(s.b.x)}" y2="${n(s.b.y)}" stroke="${fill}" stroke-width="${n(s.width)}" stroke-linecap="round"/>`;
  }
  if (s.kind === 'circle') {
    return `<circle cx="${n(s.c.x)}" cy="${n(s.c.y)}" r="${n(s.r)}" fill="${fill}"/>`;
  }
  return `<path d="${torsoPath(s)}" fill="${fill}"/>`;
}

const isLimb = (name: PartName): name is LimbName => name === 'nearArm' || name === 'farArm' || name === 'nearLeg' || name === 'farLeg';

function partFill(part: Part, pose: PoseSpec): string {
  if (part.name === 'chair') return PALETTE.chair;
  if (isLimb(part.name) && pose.highlight.includes(part.name)) return PALETTE.accent;
  // Seen from the front, left and right limbs are equally near.
  if (pose.view === 'side' && (part.name === 'farArm' || part.name === 'farLeg')) return PALETTE.far;
  return PALETTE.body;
}

function backLine(part: Part, pose: PoseSpec): string {
  const torso = part.shapes.find((s): s is TorsoOutline => s.kind === 'torso');
  if (!torso || !pose.accentBack) return '';
  // The anticlockwise edge is the back when the front is on the clockwise side.
  const edge = pose.front === 1 ? torso.left : torso.right;
  const last = edge.length - 1;
  const from = Math.round(pose.accentBack[0] * last);
  const to = Math.round(pose.accentBack[1] * last);
  const points = edge
    .slice(from, to + 1)
    .map((p) => `${n(p.x)},${n(p.y)}`)
    .join(' ');
  return `<polyline class="back-line" points="${points}" fill="none" stroke="${PALETTE.accent}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>`;
}

function renderPart(part: Part, pose: PoseSpec): string {
  const fill = partFill(part, pose);
  const outline = part.shapes.map(shapeOutline).join('');
  const body = part.shapes.map((s) => shapeFill(s, fill)).join('') + (part.name === 'torso' ? backLine(part, pose) : '');
  const working = isLimb(part.name) && pose.highlight.includes(part.name);
  return `<g class="part ${part.name}${working ? ' working' : ''}">${outline}${body}</g>`;
}

export interface SvgText {
  /** Unique among illustrations, used for the title/desc ids (pages inline several SVGs). */
  idPrefix: string;
  title: string;
  desc: string;
  /** Draw the mirror image (the left side of a stretch drawn for the right). */
  mirrored?: boolean;
}

/**
 * Dark mode: the scene's background, floor, mat and arrows follow the viewer's colour scheme
 * (CSS beats the presentation attributes); the figure keeps its colours, which read on both.
 */
const DARK_STYLE =
  '<style>@media (prefers-color-scheme: dark){' +
  '.bg{fill:#182225}.floor{fill:#243236}.floor-line{stroke:#4d6166}.mat{fill:#35564f;stroke:#5d8a80}' +
  '.arrow{stroke:#c3d3d6}.arrow-head{fill:#c3d3d6;stroke:#c3d3d6}}</style>';

export function renderSvg(pose: PoseSpec, text: SvgText): string {
  const { width, height } = CANVAS;
  const titleId = `${text.idPrefix}-title`;
  const descId = `${text.idPrefix}-desc`;
  const { parts, floorY } = framedFigure(pose);
  const box = partsBounds(parts);
  const mat = pose.mat
    ? `<rect class="mat" x="${n(Math.max(12, box.minX - 28))}" y="${n(floorY)}" width="${n(Math.min(width - 24, box.maxX - box.minX + 56))}" height="9" rx="4.5" fill="${PALETTE.mat}" stroke="${PALETTE.matEdge}" stroke-width="1.5"/>`
    : '';
  const figure = parts
    .map((p) => renderPart(p, pose))
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}">` +
    `<title id="${titleId}">${escapeXml(text.title)}</title>` +
    `<desc id="${descId}">${escapeXml(text.desc)}</desc>` +
    DARK_STYLE +
    `<rect class="bg" width="${width}" height="${height}" fill="${PALETTE.background}"/>` +
    `<rect class="floor" y="${n(floorY)}" width="${width}" height="${n(height - floorY)}" fill="${PALETTE.floor}"/>` +
    `<line class="floor-line" x1="0" y1="${n(floorY)}" x2="${width}" y2="${n(floorY)}" stroke="${PALETTE.floorLine}" stroke-width="2"/>` +
    (text.mirrored ? `<g class="mirrored" transform="matrix(-1 0 0 1 ${width} 0)">` : '<g>') +
    mat +
    `<g class="figure">${figure}</g>` +
    `</g>` +
    `</svg>`
  );
}
