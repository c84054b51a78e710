/**
 * The drawings in words, for screen readers: each drawn position's label (when a stretch is
 * drawn in several) and its description, written for the right side; the SVG's <title> and
 * <desc> and the pages' alt texts are made from these.
 */

export interface PoseWords {
  /** Added after the stretch name when a stretch has several positions: "cow position". */
  label?: string;
  /** The position in words; the description puts the title in front. */
  desc: string;
}

/** By stretch, then by drawn position. */
export const POSES: Readonly<Record<string, Readonly<Record<string, PoseWords>>>> = {
  'childs-pose': {
    main: {
      desc: 'A person kneels on a mat and sits back with the hips resting on the heels. The chest folds forward over the thighs with a gently rounded back. Both arms reach forward along the floor and the forehead rests on the mat.',
    },
  },
  'cat-cow': {
    cow: {
      label: 'cow position',
      desc: 'A person is on hands and knees, wrists under the shoulders and knees under the hips. The belly sinks toward the floor so the back curves downward, while the chest and head lift and the eyes look ahead and slightly up.',
    },
    cat: {
      label: 'cat position',
      desc: 'A person is on hands and knees, wrists under the shoulders and knees under the hips. The back rounds up toward the ceiling like a stretching cat, and the head drops so the chin moves toward the chest.',
    },
  },
  'knee-to-chest': {
    main: {
      desc: 'A person lies on their back on a mat, head resting on the floor. The right knee is drawn in toward the chest, with both hands holding the shin just below the knee. The left knee is bent with the left foot flat on the floor, and the lower back stays on the mat.',
    },
  },
  'seated-spinal-twist': {
    main: {
      label: 'on the floor',
      desc: 'A person sits tall on a mat with the left leg stretched out in front. The right knee is bent and crossed over the left leg, with the right foot flat on the floor beside the left knee. The right hand presses into the floor behind the hips, the left elbow hooks around the outside of the right knee, and the chest and head turn to the right, looking back over the right shoulder.',
    },
    chair: {
      label: 'chair twist',
      desc: 'Seen from the front, a person sits tall and sideways on a chair, with the chair back at their right side and both feet flat on the floor. Both hands hold the top of the chair back, and the chest and head turn to the right, toward the chair back, while the hips stay facing forward.',
    },
  },
  'thread-the-needle': {
    main: {
      desc: 'Seen from the head end, a person is on hands and knees with the hips kept high over the knees. The right arm slides along the floor under the chest toward the left side, palm up, so the right shoulder and the side of the head rest on the mat. The left hand stays planted on the floor for support.',
    },
  },
  'sphinx-pose': {
    main: {
      desc: 'A person lies face down on a mat, propped up on the forearms with the elbows right under the shoulders. The chest lifts off the floor in a gentle backbend while the hips and legs stay relaxed on the mat. The neck is long and the eyes look slightly ahead.',
    },
  },
  'piriformis-stretch': {
    main: {
      desc: 'A person lies on their back on a mat in a figure-four shape. The right ankle rests across the left knee, with the right knee opening out to the side. Both hands hold the back of the left thigh and draw it gently toward the chest, while the head and shoulders stay relaxed on the floor.',
    },
  },
  'standing-back-extension': {
    lean: {
      label: 'leaning back',
      desc: 'Seen from the side, facing left, a person stands with feet hip-width apart and knees soft. Both hands rest on the lower back, fingers pointing down, elbows drawn back behind the body. The hips ease slightly forward, the upper body arches gently backward so the chest opens up, and the chin lifts so the face tilts up a little toward the ceiling.',
    },
  },
  'side-stretch': {
    main: {
      desc: 'Seen from the front, a person stands with feet hip-width apart and hips facing forward. The right arm reaches up and over the head, the left hand rests on the left hip, and the upper body bends gently to the left in a long curve along the right side.',
    },
  },
  'pelvic-tilts': {
    'tilt-back': {
      label: 'tilting back',
      desc: 'A person lies on their back with knees bent, feet flat on the mat and arms resting by the sides, palms down. The belly tightens and the pelvis rolls back, so the lower back presses flat against the floor with no gap underneath.',
    },
    'tilt-forward': {
      label: 'tilting forward',
      desc: 'A person lies on their back with knees bent, feet flat on the mat and arms resting by the sides, palms down. The pelvis rolls forward, so the lower back lifts into a small arch with a little space between it and the floor.',
    },
  },
};

/** "Knee-to-Chest, left side": the stretch name, the position's label, the side (all already in words). */
export function title(name: string, label: string | undefined, side: string | undefined): string {
  return [name, ...(label ? [label] : []), ...(side ? [`${side} side`] : [])].join(', ');
}

/** The description: the title, then the position in words. */
export function description(title: string, desc: string): string {
  return `${title}. ${desc}`;
}

/** A description written for the right side, told for the left: "right" and "left" swap. */
export function forLeftSide(desc: string): string {
  return desc.replace(/\b(right|left)\b/gi, (word) => {
    const swapped = word.toLowerCase() === 'right' ? 'left' : 'right';
    return word[0] === word[0]?.toUpperCase() ? swapped[0]?.toUpperCase() + swapped.slice(1) : swapped;
  });
}

/** How a drawn position's name reads when it has no label: "tilt-back" -> "tilt back". */
export function poseName(pose: string): string {
  return pose.replace(/-/g, ' ').toLowerCase();
}
