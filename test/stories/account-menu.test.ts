import * as stories from '../../stories/account-menu.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('account-menu', stories as never);
