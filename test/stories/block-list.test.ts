import * as stories from '../../stories/block-list.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('block-list', stories as never);
