/**
 * What Alexa is likely to transcribe for our names (misrecognitions), said as a request for the
 * stretch: each must still find it.
 */
import { said, start, type Entry } from './dsl';

const P = 'misheard names';

export const MISHEARD: Entry[] = [
  ...said(P, 'fresh', start('cat-cow'), ['cat cough', 'cat cow', 'cat now', 'kat cow', 'cap cow', 'cat cows', 'cattle cow']),
  ...said(P, 'fresh', start('childs-pose'), ["child's pose", 'childs pose', 'child pose', "child's pulse", "child's rose", 'childs post']),
  ...said(P, 'fresh', start('sphinx-pose'), ['sphynx', 'sphinx pose', 'sphinx poles', 'the sphinx pose', 'spinks pose']),
  ...said(P, 'fresh', start('piriformis-stretch'), ['piriformis', 'pear form is', 'pyriformis', 'period formus stretch', 'piri formis', 'figure for stretch', 'figure 4']),
  ...said(P, 'fresh', start('thread-the-needle'), ['thread the needle', 'threat the needle', 'thread and needle', 'red the needle']),
  ...said(P, 'fresh', start('pelvic-tilts'), ['pelvic tilt', 'pelvic tills', 'pelvic tilts', 'pelvis tilt', 'pelvic deltz']),
  ...said(P, 'fresh', start('knee-to-chest'), ['knee to chest', 'need to chest', 'knee to chess', 'knees to chest']),
  ...said(P, 'fresh', start('seated-spinal-twist'), ['seated spinal twist', 'seated spiral twist', 'spiral twist', 'seated spinal twists']),
  ...said(P, 'fresh', start('standing-back-extension'), ['standing back extension', 'standing back extensions', 'back extension stretch']),
  ...said(P, 'fresh', start('side-stretch'), ['side stretch', 'sight stretch', 'side stretches']),
];
