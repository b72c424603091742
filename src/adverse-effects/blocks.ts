/**
 * A block of a larger widget (the profile, medication errors): a chart or a key-figure box with its
 * data. The models build them; src/components/blocks renders each as the matching element.
 */
import type { ChartData } from '../charts/model.js';
import type { KeyFiguresData } from './key-figures.js';

export type Block =
  { kind: 'key-figures'; data: KeyFiguresData } | { kind: 'bar' | 'proportion' | 'trend'; data: ChartData };
