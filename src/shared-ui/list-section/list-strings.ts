import type { CommonStrings } from '../../core/strings.js';

/** The text a list section's states and table need (every list section's strings table has it). */
export type ListStrings = Pick<CommonStrings, 'loading' | 'retry' | 'errorTitle' | 'noProvider' | 'notSupported' | 'zoneStandIn'> & {
  /** A row whose page is on its way. */
  loadingRow: string;
  /** Announced while far rows are reached page by page (`percent` formatted). */
  loadingRows: (percent: string) => string;
};
