import * as stories from '../../stories/user-panel.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('user-panel', stories as never);
