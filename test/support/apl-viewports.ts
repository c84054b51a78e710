/**
 * The Echo Show screens our APL document is made for, and the small parts of APL the layout
 * checks evaluate: the `viewport` conditions the document picks its layout with, and its
 * dimensions (dp, vw, vh).
 */
import { aplDocument, type Screen } from '../../lambda/responses/apl';

export interface Device {
  name: string;
  shape: 'round' | 'rectangle';
  /** dp (160 dpi: the same as pixels). */
  width: number;
  height: number;
}

export const DEVICES: Device[] = [
  { name: 'Echo Spot', shape: 'round', width: 480, height: 480 },
  { name: 'Echo Show 5', shape: 'rectangle', width: 960, height: 480 },
  { name: 'Echo Show 8', shape: 'rectangle', width: 1280, height: 800 },
  { name: 'Echo Show 15', shape: 'rectangle', width: 1920, height: 1080 },
];

export type Json = Record<string, unknown>;

/** Evaluates the small `when` expressions our layouts use, for one device; throws on anything else. */
export function whenHolds(when: string, device: Device): boolean {
  const expression = when
    .replace(/^\$\{|\}$/g, '')
    .replace(/viewport\.shape/g, JSON.stringify(device.shape))
    .replace(/viewport\.height/g, String(device.height))
    .replace(/viewport\.width/g, String(device.width))
    .replace(/'/g, '"');
  if (!/^[\d\s"a-z=!<>&|.]+$/.test(expression)) throw new Error(`unexpected viewport condition: ${when}`);
  return Boolean(new Function(`return (${expression});`)());
}

/** Size in dp of a dimension like '40vh', '60vw', '24dp'. */
export function dp(value: unknown, device: Device): number {
  const text = String(value);
  const n = Number.parseFloat(text);
  if (text.endsWith('vh')) return (n / 100) * device.height;
  if (text.endsWith('vw')) return (n / 100) * device.width;
  return n;
}

/**
 * The layouts of the document whose `when` holds on `device` (exactly one, for a sound
 * document). Items without a `when` are not layouts (the empty components that carry the
 * speech when the screen speaks the narration).
 */
export function layoutsFor(screen: Screen, device: Device): Json[] {
  const document = aplDocument(screen);
  const root = (document.mainTemplate as { items: Json[] }).items[0]!;
  return (root.items as Json[]).filter((layout) => layout.when !== undefined && whenHolds(String(layout.when), device));
}
