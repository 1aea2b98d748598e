import { css } from 'lit';

export const userPanelStyles = css`
  .password-form {
    margin-block-start: var(--_space-l);
    padding: var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--user-panel-form-background, var(--_surface-raised));
    max-inline-size: 32em;
  }
  .password-form fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .password-form legend {
    font-weight: 600;
    font-size: 1.05em;
    margin-block-end: var(--_space-m);
    padding: 0;
  }
  .form-error {
    margin-block: 0 var(--_space-m);
  }
  /* A lost answer: not an error, not a success. */
  .form-error.info {
    border: 1px solid var(--_border);
    background: var(--_surface-raised);
  }
  .change-password {
    margin-block-start: var(--_space-l);
  }
  .status-message {
    margin-block: var(--_space-m) 0;
  }
`;
