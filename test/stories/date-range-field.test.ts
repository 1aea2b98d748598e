import * as stories from '../../stories/date-range-field.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('date-range-field', stories as never);
