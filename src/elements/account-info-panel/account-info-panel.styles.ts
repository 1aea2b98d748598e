import { css } from 'lit';

export const accountInfoPanelStyles = css`
  /* auto-fit: the cards share the width there is; auto-fill kept an empty column that made them
     narrower in a wide portal than in a tablet's. */
  .contacts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(16em, 100%), 1fr));
    gap: var(--_space-m);
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .contact {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    background: var(--account-info-panel-card-background, var(--_surface-raised));
  }
  .contact-role {
    margin-block: 0 var(--_space-s);
    font-size: 1em;
    text-transform: capitalize;
  }
  .not-set {
    color: var(--_text-muted);
    font-style: italic;
  }
`;
