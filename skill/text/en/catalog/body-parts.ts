/** Body parts people say a pain is in (the BODY_PART slot's values; any other words are heard too). */
export const bodyParts: readonly string[] = [
  'back', 'lower back', 'upper back', 'middle back', 'mid back', 'neck', 'shoulder', 'shoulders', 'hip', 'hips', 'right hip', 'left hip',
  'knee', 'knees', 'right knee', 'left knee', 'leg', 'right leg', 'left leg', 'thigh', 'hamstring', 'calf', 'foot', 'ankle', 'wrist', 'wrists',
  'hand', 'arm', 'elbow', 'side', 'ribs', 'rib', 'stomach', 'tummy', 'groin', 'buttock', 'bum', 'bottom', 'tailbone', 'spine', 'head',
  'glute', 'glutes', 'pelvis', 'chest', 'heart', 'shoulder blade', 'jaw',
];
