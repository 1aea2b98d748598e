import * as stories from '../../stories/bill-table.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('bill-table', stories as never);
