/**
 * Echo Show: the check-in scores of the last four weeks as a simple line chart, drawn with
 * APL vector graphics (AVG): a frame, grid lines at 0, 5 and 10, and the daily scores joined
 * by a line with a dot on each day.
 */
import type { interfaces } from 'ask-sdk-model';
import { daysBetween } from '../../skill/coaching/dates';
import type { DailyScore } from '../../skill/coaching/trend';
import type { Texts } from './texts';

export const CHART_TOKEN = 'backStretchCoach.checkIns';

const WIDTH = 800;
const HEIGHT = 400;
const PAD = 40;
const DAYS = 28;

type AplJson = Record<string, unknown>;

/** The x, y of a day's score in the drawing. */
function point(score: DailyScore, today: string): { x: number; y: number } {
  const age = Math.min(DAYS - 1, Math.max(0, daysBetween(score.date, today)));
  const x = PAD + ((DAYS - 1 - age) / (DAYS - 1)) * (WIDTH - 2 * PAD);
  const y = HEIGHT - PAD - (score.score / 10) * (HEIGHT - 2 * PAD);
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

/** The AVG graphic for these scores (oldest first). */
export function chartGraphic(scores: readonly DailyScore[], today: string, texts: Texts): AplJson {
  const { progress } = texts.coaching;
  const grid = [0, 5, 10].map((level) => {
    const y = HEIGHT - PAD - (level / 10) * (HEIGHT - 2 * PAD);
    return { type: 'path', pathData: `M${PAD},${y} L${WIDTH - PAD},${y}`, stroke: '#5a6b7a', strokeWidth: 1 };
  });
  const labels = [0, 5, 10].map((level) => ({
    type: 'text',
    text: String(level),
    x: PAD - 10,
    y: HEIGHT - PAD - (level / 10) * (HEIGHT - 2 * PAD) + 6,
    fill: '#c9d3dc',
    fontSize: 18,
    textAnchor: 'end',
  }));
  const axis = [
    { type: 'text', text: progress.chartStart, x: PAD, y: HEIGHT - 8, fill: '#c9d3dc', fontSize: 18, textAnchor: 'start' },
    { type: 'text', text: progress.chartEnd, x: WIDTH - PAD, y: HEIGHT - 8, fill: '#c9d3dc', fontSize: 18, textAnchor: 'end' },
  ];
  const points = scores.map((s) => point(s, today));
  const line =
    points.length > 1
      ? [{ type: 'path', pathData: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' '), stroke: '#7fd1ae', strokeWidth: 4, fill: 'transparent' }]
      : [];
  const dots = points.map((p) => ({
    type: 'path',
    pathData: `M${p.x - 6},${p.y} a6,6 0 1,0 12,0 a6,6 0 1,0 -12,0`,
    fill: '#7fd1ae',
  }));
  return { type: 'AVG', version: '1.2', width: WIDTH, height: HEIGHT, items: [...grid, ...labels, ...axis, ...line, ...dots] };
}

export function checkInChartDirective(scores: readonly DailyScore[], today: string, texts: Texts): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  const { progress } = texts.coaching;
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: CHART_TOKEN,
    document: {
      type: 'APL',
      version: '2023.3',
      graphics: { checkInChart: chartGraphic(scores, today, texts) },
      mainTemplate: {
        items: [
          {
            type: 'Container',
            width: '100vw',
            height: '100vh',
            alignItems: 'center',
            justifyContent: 'center',
            paddingLeft: 32,
            paddingRight: 32,
            items: [
              { type: 'Text', text: progress.chartTitle, fontSize: '40dp', color: '#ffffff', textAlign: 'center' },
              { type: 'Text', text: progress.chartSubtitle, fontSize: '22dp', color: '#c9d3dc', textAlign: 'center', paddingBottom: 16 },
              { type: 'VectorGraphic', source: 'checkInChart', width: '90vw', height: '60vh', scale: 'best-fit', align: 'center' },
            ],
          },
        ],
      },
    },
  } as interfaces.alexa.presentation.apl.RenderDocumentDirective;
}
