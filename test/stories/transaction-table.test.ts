import * as stories from '../../stories/transaction-table.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('transaction-table', stories as never);
