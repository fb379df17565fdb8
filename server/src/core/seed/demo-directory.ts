/** What the demo seed created so far, for the modules that seed after it. */
export interface DemoDirectory {
  /** Organisation ids by slug (`adc-memorial`, ...). */
  organisations: Record<string, string>;
  /** User ids by email (`admin@adc-memorial.example.org`, ...). */
  users: Record<string, string>;
  /** Free-form ids a module records for later modules (e.g. `case:ADC-2013-001`). */
  refs: Record<string, string>;
}
