import * as stories from '../../stories/media-library.stories.js';
import { describeStories } from '../support/stories.js';

describeStories('media-library', stories as never);
