/**
 * Getting safely from one position to the next between stretches, and getting up at the end:
 * slow, supported by the arms, never springing up from lying flat. Our own words.
 */
import type { StartPosition } from '../../catalog/types';

const ROLL_TO_SIDE = 'Roll onto your side, and push up with your arms.';

/** What to say when the next stretch starts somewhere else; none when the position stays. */
export function positionChange(from: StartPosition, to: StartPosition): string[] {
  if (from === to) return [];
  switch (`${from}>${to}`) {
    case 'kneeling>lying on back':
      return ['Sit to one side of your heels, then lower yourself onto your back, one elbow at a time.'];
    case 'kneeling>lying face down':
      return ['Slide your body forward from your knees and lower yourself onto your front.'];
    case 'kneeling>seated':
      return ['Ease your hips to one side and sit down, then bring your legs round in front of you.'];
    case 'kneeling>standing':
      return ['To stand, step one foot forward, rest your hands on that knee, and push up slowly.'];
    case 'lying on back>kneeling':
      return [ROLL_TO_SIDE, 'Come up onto your hands and knees.'];
    case 'lying on back>lying face down':
      return ['Roll slowly over onto your front.'];
    case 'lying on back>seated':
      return [ROLL_TO_SIDE, 'Come up to sitting, and take a breath there.'];
    case 'lying on back>standing':
      return [ROLL_TO_SIDE, 'Then stand up slowly, one foot at a time.'];
    case 'lying face down>kneeling':
      return ['Press back through your hands onto your hands and knees.'];
    case 'lying face down>lying on back':
      return ['Roll slowly over onto your back.'];
    case 'lying face down>seated':
      return ['Press back onto your hands and knees, then ease your hips down to one side to sit.'];
    case 'lying face down>standing':
      return ['Press back onto your hands and knees, then stand up slowly, one foot at a time.'];
    case 'seated>lying on back':
      return ['Lower yourself onto your back slowly, leaning on one elbow and then the other.'];
    case 'seated>lying face down':
      return ['Turn onto your hands and knees, then lower yourself onto your front.'];
    case 'seated>kneeling':
      return ['Turn slowly onto your hands and knees.'];
    case 'seated>standing':
      return ['Stand up slowly, using your hands if you need them.'];
    case 'standing>seated':
      return ['Sit down slowly and get comfortable.'];
    default:
      // From standing to the floor.
      return ['Get down to the floor slowly, one knee at a time, a hand on a chair if you need it.'];
  }
}

/**
 * Before a routine's first stretch: the person is most likely standing by the device, but may
 * already be down, so the line says when it applies. None for a standing stretch.
 */
export function gettingDown(to: StartPosition): string[] {
  switch (to) {
    case 'standing':
      return [];
    case 'seated':
      return ["If you're standing, sit down slowly."];
    default:
      return ["If you're standing, get down to the floor slowly, one knee at a time."];
  }
}

/** How to get up at the end of a routine, from where it finished. */
export function gettingUp(from: StartPosition): string[] {
  switch (from) {
    case 'lying on back':
    case 'lying face down':
      return ['Before you get up, roll onto your side.', 'Push yourself up with your arms, and take your time standing.'];
    case 'kneeling':
      return ['When you get up, step one foot forward and push up slowly, with a hand on your knee.'];
    case 'seated':
      return ['Stand up slowly when you are ready.'];
    case 'standing':
      return [];
  }
}
