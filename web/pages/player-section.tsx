/**
 * The browser player's markup. Hidden until web/client/player.ts runs (progressive
 * enhancement): without JavaScript the page reads fully and no dead button shows.
 *
 * Once a session starts, its part fills the screen (a focused mode for following on a
 * phone): the drawing, the words, the countdown, time left and up next, and a control bar
 * whose buttons keep their size and place whatever is said. "This hurts" pauses and offers
 * the catalog's red-flag groups (the voice's triage); each shows that group's advice.
 */
import { SAFETY } from '../../skill/catalog';
import type { RedFlagGroup, RedFlagUrgency } from '../../skill/catalog/types';
import * as hurts from '../../skill/text/en/hurts';
import { KEYS_NOTE, NO_VOICE_NOTE, PLAYER_EXIT, RESUME_BUTTON, START_OVER_BUTTON } from '../../skill/text/en/player';
import { holdChoices, type HoldChoice } from '../hold-choices';

export interface PlayerSectionProps {
  kind: 'stretch' | 'routine';
  id: string;
  name: string;
  /** The drawing shown before the first step (the session's first part). */
  image: { url: string; alt: string };
}

const HOLD_LABELS: Record<HoldChoice, string> = { shorter: 'Shorter', standard: 'Standard', longer: 'Longer' };
const URGENCY_ORDER: RedFlagUrgency[] = ['stop-stretch', 'urgent', 'soon'];

/** The group's label; a group the text module does not know yet reads as its first phrase. */
export function hurtLabel(group: RedFlagGroup): string {
  const label = hurts.HURT_CHOICE_LABELS[group.id] ?? group.phrases[0] ?? group.id;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The red-flag groups in the order the "This hurts" panel lists them: ease out first. */
export function hurtGroups(): RedFlagGroup[] {
  return URGENCY_ORDER.flatMap((urgency) => SAFETY.redFlags.filter((group) => group.urgency === urgency));
}

function HurtsPanel() {
  const groups = hurtGroups();
  const [first, ...rest] = groups;
  return (
    <div class="player-hurts" id="player-hurts" role="group" aria-labelledby="player-hurts-heading" hidden>
      <div id="player-hurts-choices">
        <h3 id="player-hurts-heading">{hurts.HURTS_HEADING}</h3>
        <p>{hurts.HURTS_INTRO}</p>
        {first ? (
          <button type="button" class="button hurt-choice" data-flag={first.id} data-urgency={first.urgency}>
            {hurtLabel(first)}
          </button>
        ) : null}
        <p class="hurts-more">{hurts.HURTS_MORE}</p>
        <ul class="hurt-list">
          {rest.map((group) => (
            <li>
              <button type="button" class="button secondary hurt-choice" data-flag={group.id} data-urgency={group.urgency}>
                {hurtLabel(group)}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" class="button secondary" id="player-hurts-back">
          {hurts.HURTS_BACK}
        </button>
      </div>
      {groups.map((group) => (
        <div class={`hurt-advice caution${group.urgency === 'urgent' ? ' urgent' : ''}`} data-advice-for={group.id} hidden>
          <h3>{hurts.URGENCY_HEADINGS[group.urgency]}</h3>
          <p>{group.advice}</p>
          <div class="hurt-actions">
            {group.urgency === 'stop-stretch' ? (
              <>
                <button type="button" class="button" data-hurt-action="skip">
                  {hurts.HURTS_SKIP}
                </button>
                <button type="button" class="button secondary" data-hurt-action="carry-on">
                  {hurts.HURTS_CARRY_ON}
                </button>
                <button type="button" class="button secondary" data-hurt-action="stop">
                  {hurts.HURTS_STOP}
                </button>
              </>
            ) : (
              <button type="button" class="button" data-hurt-action="end">
                {hurts.HURTS_END}
              </button>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}

export function PlayerSection(props: PlayerSectionProps) {
  const choices = holdChoices(props.kind, props.id);
  return (
    <section
      class="player panel soft"
      id="player"
      aria-labelledby="player-heading"
      data-plan-kind={props.kind}
      data-plan-id={props.id}
      hidden
    >
      <h2 id="player-heading">Guided session in your browser</h2>
      <p>
        Follow {props.kind === 'routine' ? `the ${props.name}` : props.name} at a calm pace. Each step is read aloud when
        your device can, always shown here, and timed for you.
      </p>
      <div class="player-resume" id="player-resume" hidden>
        <p id="player-resume-text"></p>
        <div class="controls">
          <button type="button" class="button" id="player-resume-button">
            {RESUME_BUTTON}
          </button>
          <button type="button" class="button secondary" id="player-restart">
            {START_OVER_BUTTON}
          </button>
        </div>
      </div>
      <div class="player-options" id="player-options">
        {choices.length > 1 ? (
          <label>
            Hold length
            <select id="player-hold" name="hold">
              {choices.map((choice) => (
                <option value={choice} selected={choice === 'standard'}>
                  {HOLD_LABELS[choice]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          Pace
          <select id="player-pace" name="pace">
            <option value="normal" selected>
              Normal
            </option>
            <option value="slower">Slower</option>
          </select>
        </label>
        <button type="button" class="button" id="player-start">
          Start guided session
        </button>
      </div>

      <div class="player-safety caution" id="player-safety" role="group" aria-labelledby="player-safety-heading" hidden>
        <h3 id="player-safety-heading">Before you start</h3>
        <p id="player-safety-text">{SAFETY.shortSpokenLine}</p>
        <p>
          If you feel numbness, tingling or weakness, stop and get medical advice.{' '}
          <a href="/safety">Read the safety guidance</a>
        </p>
        <div class="controls">
          <button type="button" class="button" id="player-confirm">
            I understand, start
          </button>
          <button type="button" class="button secondary" id="player-cancel">
            Not now
          </button>
        </div>
      </div>

      <section class="player-session" id="player-session" aria-label="Guided session" tabindex={-1} hidden>
        {/* The hands-free stream (the voice Alexa uses), when the site has it: the countdown follows its clock. */}
        <audio id="player-audio" preload="none" hidden></audio>
        <div class="player-top">
          <p class="player-part" id="player-part"></p>
          <p class="player-time" id="player-time"></p>
          <button type="button" class="button secondary player-exit" id="player-exit">
            {PLAYER_EXIT}
          </button>
        </div>
        <p class="player-voice-note" id="player-voice-note" hidden>
          {NO_VOICE_NOTE}
        </p>
        <div class="player-figure">
          <img id="player-image" src={props.image.url} alt={props.image.alt} width="600" height="400" />
        </div>
        <p class="player-text" id="player-text" aria-live="polite"></p>
        <div class="countdown" id="player-countdown" role="timer" aria-live="off">
          <span class="countdown-value" id="player-seconds">
            0
          </span>
          <span class="countdown-label" id="player-countdown-label"></span>
        </div>
        <div class="progress" aria-hidden="true">
          <div class="progress-bar" id="player-progress"></div>
        </div>
        <p class="player-next" id="player-next-up"></p>
        <HurtsPanel />
        <div class="player-bar">
          <div class="controls player-controls" role="group" aria-label="Session controls">
            <button type="button" class="button secondary" id="player-previous">
              Previous
            </button>
            <button type="button" class="button" id="player-pause" aria-pressed="false">
              Pause
            </button>
            <button type="button" class="button secondary" id="player-next">
              Next
            </button>
            <button type="button" class="button secondary" id="player-stop">
              Stop
            </button>
          </div>
          <button type="button" class="button hurt" id="player-hurt">
            {hurts.HURTS_BUTTON}
          </button>
        </div>
        <p class="player-note keys-note">{KEYS_NOTE}</p>
      </section>
      <p class="player-status" id="player-status" role="status"></p>
    </section>
  );
}
