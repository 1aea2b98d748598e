import * as accountInfoPanel from '../stories/account-info-panel.stories.js';
import * as accountMenu from '../stories/account-menu.stories.js';
import * as accountSettings from '../stories/account-settings.stories.js';
import * as userPanel from '../stories/user-panel.stories.js';
import { describeStories } from './support/stories.js';

describeStories('account-settings', accountSettings as never);
describeStories('account-menu', accountMenu as never);
describeStories('user-panel', userPanel as never);
describeStories('account-info-panel', accountInfoPanel as never);
