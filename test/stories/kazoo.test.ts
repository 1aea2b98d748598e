import * as stories from '../../stories/kazoo.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('kazoo', stories as never);
