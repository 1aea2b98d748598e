import * as stories from '../../stories/service-plan-panel.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('service-plan-panel', stories as never);
