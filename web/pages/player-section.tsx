/**
 * The browser player's markup. Hidden until web/client/player.ts runs (progressive
 * enhancement): without JavaScript the page reads fully and no dead button shows.
 */
import { SAFETY } from '../../skill/catalog';

export interface PlayerSectionProps {
  kind: 'stretch' | 'routine';
  id: string;
  name: string;
}

export function PlayerSection(props: PlayerSectionProps) {
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
      <div class="player-options" id="player-options">
        <label>
          Hold length
          <select id="player-hold" name="hold">
            <option value="shorter">Shorter</option>
            <option value="standard" selected>
              Standard
            </option>
            <option value="longer">Longer</option>
          </select>
        </label>
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

      <div class="player-session" id="player-session" hidden>
        <div class="player-stage">
          <img id="player-image" alt="" width="600" height="400" hidden />
          <div>
            <p class="player-part" id="player-part"></p>
            <p class="player-text" id="player-text" aria-live="polite"></p>
            <div class="countdown" id="player-countdown" role="timer" aria-live="off" hidden>
              <span class="countdown-value" id="player-seconds">
                0
              </span>
              <span class="countdown-label" id="player-countdown-label">
                seconds left
              </span>
            </div>
            <div class="progress" aria-hidden="true">
              <div class="progress-bar" id="player-progress"></div>
            </div>
            <div class="controls" role="group" aria-label="Session controls">
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
          </div>
        </div>
        <p class="player-note">
          Keyboard: <span class="kbd">K</span> or <span class="kbd">Space</span> pauses and resumes,{' '}
          <span class="kbd">N</span> next, <span class="kbd">P</span> previous.
        </p>
      </div>
      <p class="player-status" id="player-status" role="status"></p>
    </section>
  );
}
