import type {Messages} from '../messages.js';
import {en} from './en.js';

export const fi: Messages = {...en};
