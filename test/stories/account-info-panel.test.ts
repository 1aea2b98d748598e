import * as stories from '../../stories/account-info-panel.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('account-info-panel', stories as never);
