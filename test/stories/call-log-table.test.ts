import * as stories from '../../stories/call-log-table.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('call-log-table', stories as never);
