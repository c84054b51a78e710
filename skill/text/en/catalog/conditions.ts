/** Health conditions and operations people mention: the answer is always to check with a professional first. */
export const conditionWords: readonly string[] = [
  'osteoporosis', 'arthritis', 'arthritis in my back', 'osteoarthritis', 'rheumatoid arthritis', 'a bad disc', 'a slipped disc', 'slipped disc',
  'a herniated disc', 'herniated disc', 'a bulging disc', 'bulging disc', 'disc problems', 'a disc problem', 'degenerative disc disease',
  'scoliosis', 'stenosis', 'spinal stenosis', 'spondylolisthesis', 'spondylosis', 'ankylosing spondylitis', 'fibromyalgia',
  'high blood pressure', 'heart disease', 'a heart condition', 'parkinsons', "parkinson's", 'multiple sclerosis', 'ms', 'diabetes',
  'a bad back', 'a back condition', 'a spine condition', 'a spinal condition', 'a medical condition', 'a condition', 'a back problem',
  'back problems', 'a bad hip', 'bad knees', 'a bad knee', 'hypermobility', 'ehlers danlos', 'a pinched nerve', 'a trapped nerve',
  'kyphosis', 'a hernia', 'vertigo', 'dizziness', 'copd', 'asthma', 'cancer', 'a fracture', 'a broken bone', 'a compression fracture',
];

export const surgeryWords: readonly string[] = [
  'surgery', 'back surgery', 'spine surgery', 'spinal surgery', 'an operation', 'operation', 'an operation on my spine', 'an operation on my back',
  'a hip replacement', 'hip replacement', 'a knee replacement', 'knee replacement', 'spinal fusion', 'a spinal fusion', 'a fusion',
  'a discectomy', 'a laminectomy', 'a c section', 'a caesarean', 'keyhole surgery', 'hip surgery', 'knee surgery', 'shoulder surgery',
];
