import { css } from 'lit';

export const dateRangeFieldStyles = css`
  :host {
    display: inline-block;
  }
  :host([disabled]) {
    opacity: 0.7;
  }
`;
