import * as stories from '../../stories/theming.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('theming', stories as never);
