import { buildOnly, type WidgetKind } from '../kind.ts';
import Schedules from './Schedules.tsx';
import { describeSchedules, runSchedules, schedulesParams, schedulesQuantities, type SchedulesExample, type SchedulesRun } from './model.ts';

export const schedulesKind: WidgetKind<SchedulesExample, SchedulesRun> = {
  name: 'schedules',
  params: schedulesParams,
  run: runSchedules,
  quantities: import.meta.env.SSR ? schedulesQuantities : buildOnly,
  describe: describeSchedules,
  plot: () => import('./plot.ts').then((m) => m.drawSchedules),
  island: Schedules,
};
