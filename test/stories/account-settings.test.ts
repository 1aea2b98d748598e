import * as stories from '../../stories/account-settings.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('account-settings', stories as never);
