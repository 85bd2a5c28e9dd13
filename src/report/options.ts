/** What every view model needs besides the audits: one clock and one default currency. */
export interface ViewOptions {
  /** YYYY-MM-DD; decides what is overdue. */
  today: string;
  /** For audits that do not name a currency (recover.yaml `currency`). */
  currency: string;
}
