// Preloaded into marp-cli's process (`node --require`): the PPTX writer inside marp-cli stamps
// files with the current time, which would make two builds of the same input differ. Like
// SOURCE_DATE_EPOCH for reproducible builds, this pins "now" to one instant for those stamps.
// Only dates are pinned; timers and timeouts run on Node's monotonic clock and are unaffected.
'use strict';

const epoch = Number(process.env.LECTERN_SOURCE_DATE_EPOCH) * 1000;
if (Number.isFinite(epoch)) {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(epoch);
      else super(...args);
    }
    static now() {
      return epoch;
    }
  }
  globalThis.Date = FixedDate;
}
