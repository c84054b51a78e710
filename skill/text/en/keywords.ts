/**
 * Words that say what someone wants when no sample fitted their sentence exactly (English).
 * Checked in order; the first rule whose words all occur (as whole words or phrases) wins.
 */
export type KeywordMeaning =
  | 'pregnancy' | 'surgery' | 'condition' | 'heat-ice' | 'surface' | 'how-often' | 'when'
  | 'which-side' | 'floor' | 'feel' | 'purpose' | 'how-long' | 'slower' | 'repeat' | 'previous'
  | 'pause' | 'stop' | 'next' | 'easier' | 'harder' | 'skip' | 'help' | 'list' | 'see-a-doctor' | 'positive';

/** Each rule: any one of these word groups (every word of a group must occur). */
export const KEYWORD_RULES: readonly { meaning: KeywordMeaning; any: readonly string[] }[] = [
  { meaning: 'positive', any: ['feels good', 'feels great', 'feels lovely', 'feels nice', 'nice stretch', 'good stretch', 'lovely stretch', 'feel it working', 'feel better', 'feels amazing'] },
  { meaning: 'pregnancy', any: ['pregnant', 'pregnancy', 'expecting a baby', 'prenatal', 'antenatal'] },
  { meaning: 'surgery', any: ['surgery', 'operation', 'operated', 'replacement', 'fusion', 'surgeon'] },
  { meaning: 'condition', any: ['osteoporosis', 'arthritis', 'herniated', 'slipped disc', 'slipped disk', 'bulging', 'disc', 'disk', 'scoliosis', 'stenosis', 'diagnosed', 'condition', 'spondylitis', 'fibromyalgia', 'blood pressure'] },
  { meaning: 'heat-ice', any: ['ice', 'heat', 'hot water bottle', 'heat pad', 'heat pack', 'heating pad', 'cold pack', 'warm bath', 'hot bath'] },
  { meaning: 'surface', any: ['mat', 'yoga mat', 'carpet', 'rug', 'equipment', 'anything special', 'what do i need', 'on the bed', 'on my bed'] },
  { meaning: 'how-often', any: ['how often', 'every day', 'every single day', 'times a week', 'times a day', 'daily', 'how regularly'] },
  { meaning: 'when', any: ['what time', 'best time', 'morning or evening', 'before or after'] },
  { meaning: 'which-side', any: ['which side', 'what side', 'left side', 'right side', 'other side', 'which leg', 'other leg', 'left or right'] },
  { meaning: 'floor', any: ['kneel', 'kneeling', 'get down', 'the floor', 'on the ground', 'get up again', 'wheelchair', 'in a chair'] },
  { meaning: 'feel', any: ['feel this', 'feel it', 'feel like', 'supposed to feel', 'should feel', 'be feeling'] },
  { meaning: 'purpose', any: ['what is this for', 'this one for', 'this stretch for', 'help with', 'good for', 'point of this', 'why this', 'what does this'] },
  { meaning: 'how-long', any: ['how long', 'how much longer', 'how many', 'minutes left', 'much left', 'almost done', 'nearly done'] },
  { meaning: 'slower', any: ['slow', 'slower', 'too fast', 'too quick', 'fast for me'] },
  { meaning: 'repeat', any: ['again', 'repeat', 'missed that', 'one more time', 'did not hear', "didn't hear", "didn't catch", 'pardon'] },
  { meaning: 'previous', any: ['go back', 'previous', 'last one', 'one before'] },
  { meaning: 'pause', any: ['wait', 'moment', 'a second', 'a minute', 'a break', 'short break', 'break', 'breather', 'pause', 'hang on', 'hold on', 'a rest'] },
  { meaning: 'stop', any: ['enough', 'finish', 'finished', "i'm done", 'i am done', 'stop', 'for today', 'have to go', 'quit'] },
  { meaning: 'easier', any: ['easier', 'too hard', 'gentler', 'too difficult', 'simpler'] },
  { meaning: 'harder', any: ['harder', 'too easy', 'more challenging', 'deeper'] },
  { meaning: 'skip', any: ['skip', 'not this one', 'do a different one'] },
  { meaning: 'next', any: ['ready', 'keep going', 'carry on', 'continue', 'next', 'go on', 'move on'] },
  { meaning: 'see-a-doctor', any: ['doctor', 'physio', 'physiotherapist', 'warning signs', 'serious'] },
  { meaning: 'list', any: ['what stretches', 'which stretches', 'what routines', 'what exercises', 'what poses'] },
  { meaning: 'help', any: ['help', 'how does this work', 'what can you do', 'what can i say'] },
];
