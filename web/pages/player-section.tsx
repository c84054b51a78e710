/**
 * The browser player's markup. Hidden until web/client/player.ts runs (progressive
 * enhancement): without JavaScript the page reads fully and no dead button shows.
 *
 * Once a session starts, its part fills the screen (a focused mode for following on a
 * phone): the drawing, the words, the countdown, time left and up next, and a control bar
 * whose buttons keep their size and place whatever is said. "This hurts" pauses and offers
 * the catalog's red-flag groups (the voice's triage); each shows that group's advice.
 */
import { safetyIn } from '../../skill/catalog';
import type { RedFlagGroup, RedFlagUrgency } from '../../skill/catalog/types';
import type { PageTexts } from '../../skill/text/page-locale';
import { holdChoices } from '../hold-choices';
import { playerWordsJson } from '../player-words';

export interface PlayerSectionProps {
  texts: PageTexts;
  kind: 'stretch' | 'routine';
  id: string;
  name: string;
  /** The drawing shown before the first step (the session's first part). */
  image: { url: string; alt: string };
}

const URGENCY_ORDER: RedFlagUrgency[] = ['stop-stretch', 'urgent', 'soon'];

/** The group's label; a group the text module does not know yet reads as its first phrase. */
export function hurtLabel(group: RedFlagGroup, texts: PageTexts): string {
  const labels: Readonly<Record<string, string | undefined>> = texts.hurts.HURT_CHOICE_LABELS;
  const label = labels[group.id] ?? group.phrases[0] ?? group.id;
  return texts.language.capitalize(label);
}

/** The red-flag groups in the order the "This hurts" panel lists them: ease out first. */
export function hurtGroups(texts: PageTexts): RedFlagGroup[] {
  const safety = safetyIn(texts);
  return URGENCY_ORDER.flatMap((urgency) => safety.redFlags.filter((group) => group.urgency === urgency));
}

function HurtsPanel({ texts }: { texts: PageTexts }) {
  const hurts = texts.hurts;
  const groups = hurtGroups(texts);
  const [first, ...rest] = groups;
  return (
    <div class="player-hurts" id="player-hurts" role="group" aria-labelledby="player-hurts-heading" hidden>
      <div id="player-hurts-choices">
        <h3 id="player-hurts-heading">{hurts.HURTS_HEADING}</h3>
        <p>{hurts.HURTS_INTRO}</p>
        {first ? (
          <button type="button" class="button hurt-choice" data-flag={first.id} data-urgency={first.urgency}>
            {hurtLabel(first, texts)}
          </button>
        ) : null}
        <p class="hurts-more">{hurts.HURTS_MORE}</p>
        <ul class="hurt-list">
          {rest.map((group) => (
            <li>
              <button type="button" class="button secondary hurt-choice" data-flag={group.id} data-urgency={group.urgency}>
                {hurtLabel(group, texts)}
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
  const { texts } = props;
  const words = texts.web.playerSection;
  const { KEYS_NOTE, NO_VOICE_NOTE, PLAYER_EXIT, RESUME_BUTTON, START_OVER_BUTTON } = texts.player;
  const choices = holdChoices(props.kind, props.id);
  return (
    <section
      class="player panel soft"
      id="player"
      aria-labelledby="player-heading"
      data-plan-kind={props.kind}
      data-plan-id={props.id}
      data-words={playerWordsJson(texts)}
      hidden
    >
      <h2 id="player-heading">{words.HEADING}</h2>
      <p>{words.intro(props.kind === 'routine' ? words.theRoutine(props.name) : props.name)}</p>
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
            {words.HOLD_LENGTH}
            <select id="player-hold" name="hold">
              {choices.map((choice) => (
                <option value={choice} selected={choice === 'standard'}>
                  {words.HOLD_CHOICES[choice]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {words.PACE}
          <select id="player-pace" name="pace">
            <option value="normal" selected>
              {words.PACE_CHOICES.normal}
            </option>
            <option value="slower">{words.PACE_CHOICES.slower}</option>
          </select>
        </label>
        <button type="button" class="button" id="player-start">
          {words.START}
        </button>
      </div>

      <div class="player-safety caution" id="player-safety" role="group" aria-labelledby="player-safety-heading" hidden>
        <h3 id="player-safety-heading">{words.BEFORE_YOU_START}</h3>
        <p id="player-safety-text">{safetyIn(texts).shortSpokenLine}</p>
        <p>
          {words.WARNING_SIGNS} <a href="/safety">{words.SAFETY_LINK}</a>
        </p>
        <div class="controls">
          <button type="button" class="button" id="player-confirm">
            {words.CONFIRM}
          </button>
          <button type="button" class="button secondary" id="player-cancel">
            {words.NOT_NOW}
          </button>
        </div>
      </div>

      <section class="player-session" id="player-session" aria-label={words.SESSION_LABEL} tabindex={-1} hidden>
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
        <HurtsPanel texts={texts} />
        <div class="player-bar">
          <div class="controls player-controls" role="group" aria-label={words.CONTROLS_LABEL}>
            <button type="button" class="button secondary" id="player-previous">
              {words.PREVIOUS}
            </button>
            <button type="button" class="button" id="player-pause" aria-pressed="false">
              {words.PAUSE}
            </button>
            <button type="button" class="button secondary" id="player-next">
              {words.NEXT}
            </button>
            <button type="button" class="button secondary" id="player-stop">
              {words.STOP}
            </button>
          </div>
          <button type="button" class="button hurt" id="player-hurt">
            {texts.hurts.HURTS_BUTTON}
          </button>
        </div>
        <p class="player-note keys-note">{KEYS_NOTE}</p>
      </section>
      <p class="player-status" id="player-status" role="status"></p>
    </section>
  );
}
