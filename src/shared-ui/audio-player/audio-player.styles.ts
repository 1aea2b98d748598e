import { css } from 'lit';

/** Layout of the audio player (uses the `.button` styles of `styles.ts`). */
export const audioPlayerStyles = css`
  .audio-player {
    margin-block: var(--_space-m) 0;
  }
  .player-body {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .player-title {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .player-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .player-toggle {
    min-inline-size: 6.5em;
  }
  /* Icons drawn in CSS (no font glyphs); media icons are not mirrored in right-to-left text. */
  .player-icon {
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.8em;
    flex: none;
  }
  .player-icon.play {
    background: currentColor;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  .player-icon.pause {
    border-inline: 0.22em solid currentColor;
  }
  .player-close {
    padding-inline: var(--_space-s);
  }
  .player-close-icon {
    position: relative;
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
  }
  .player-close-icon::before,
  .player-close-icon::after {
    content: '';
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 0;
    inline-size: 100%;
    block-size: 2px;
    margin-block-start: -1px;
    background: currentColor;
    transform: rotate(45deg);
  }
  .player-close-icon::after {
    transform: rotate(-45deg);
  }
  /*
   * Forced colours (Windows high contrast) drop background colours, so the icons drawn with one
   * take the button text's system colour.
   */
  @media (forced-colors: active) {
    .player-icon.play,
    .player-close-icon::before,
    .player-close-icon::after {
      background: ButtonText;
    }
  }
  .player-seek {
    flex: 1 1 10em;
    min-inline-size: 8em;
    accent-color: var(--_primary);
  }
  .player-seek:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .player-time {
    font-variant-numeric: tabular-nums;
    color: var(--_text-muted);
    white-space: nowrap;
  }
  .player-status {
    margin: var(--_space-xs) 0 0;
    color: var(--_text-muted);
  }
  .player-status:empty {
    margin: 0;
  }
  .player-status.failed {
    color: var(--_danger);
  }
`;
