import { css } from 'lit';

export const servicePlanPanelStyles = css`
  :host {
    /* The charges table fits a narrow section (see the @container rule below). */
    container-type: inline-size;
    --_form-background: var(--service-plan-panel-form-background, var(--_surface-raised));
    --_negative: var(--service-plan-panel-negative-color, var(--_danger));
  }
  .summary {
    margin-block-end: var(--_space-l);
  }
  .table-wrap {
    overflow-x: auto;
  }
  .plan-table {
    border-collapse: collapse;
    inline-size: 100%;
    max-inline-size: 48em;
  }
  .plan-table caption {
    text-align: start;
  }
  .plan-table th,
  .plan-table td {
    padding-block: var(--_space-s);
    padding-inline: var(--_space-s);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: baseline;
  }
  .plan-table thead th {
    color: var(--_text-muted);
    font-weight: 600;
  }
  .plan-table tbody th {
    font-weight: normal;
  }
  .plan-table .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .plan-table tfoot th,
  .plan-table tfoot td {
    font-weight: 700;
    border-block-end: 0;
  }
  .in-use {
    color: var(--_text-muted);
  }
  .plan-table .breakdown {
    display: none;
  }
  /*
   * A narrow section (a phone): the amount headers wrap between words and "(10 in use)" goes
   * under its count, so the four columns fit; when they still do not (large amounts), the
   * table scrolls sideways instead of cutting its last column off.
   */
  @container (max-width: 36em) {
    .plan-table {
      display: block;
      overflow-x: auto;
      max-inline-size: 100%;
    }
    .plan-table thead th.number {
      white-space: normal;
    }
    .plan-table th,
    .plan-table td {
      padding-inline: var(--_space-xs);
    }
    .plan-table .in-use {
      display: block;
      white-space: normal;
    }
  }
  /*
   * A phone: three columns. The price of one goes into the quantity ("40 × $29.00") and its own
   * column goes, so every monthly charge shows whole without scrolling sideways.
   */
  @container (max-width: 30em) {
    .plan-table .unit-price,
    .plan-table .count {
      display: none;
    }
    .plan-table .breakdown {
      display: inline;
      white-space: normal;
    }
    /* The rows have no side borders: the outer cells need no outer padding. */
    .plan-table tr > :first-child {
      padding-inline-start: 0;
    }
    .plan-table tr > :last-child {
      padding-inline-end: 0;
    }
  }
  .changes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(18em, 100%), 1fr));
    gap: var(--_space-l);
    margin-block-start: var(--_space-l);
    max-inline-size: 48em;
  }
  .change-form {
    padding: var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_form-background);
  }
  .form-title {
    font-size: 1.05em;
    margin-block: 0 var(--_space-m);
  }
  /* Kept in the accessibility tree while empty, so what appears in it is announced. */
  .quote {
    margin-block-end: var(--_space-m);
  }
  .quote dl {
    display: grid;
    grid-template-columns: max-content auto;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
  }
  .quote dt {
    color: var(--_text-muted);
  }
  .quote dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .quote .breakdown {
    color: var(--_text-muted);
  }
  .quote .calculating {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    color: var(--_text-muted);
    margin: 0;
  }
  .negative,
  .quote-warning,
  .quote-error {
    color: var(--_negative);
  }
  .quote-warning,
  .quote-error {
    margin-block: var(--_space-s) 0;
  }
  .form-error {
    margin-block: 0 var(--_space-m);
  }
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .status-message {
    margin-block: var(--_space-m) 0;
  }
  .status-message:empty {
    margin: 0;
  }
`;
