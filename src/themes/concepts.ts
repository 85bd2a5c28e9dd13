/**
 * Word families the classifier can generalise over: a sentence about "the drivers" changing
 * and one about "the nurses" changing share STAFF+CHANGE, so a story told in words the training
 * texts never used still reads. Keys are lemmas (or lower-case words); a word may belong to
 * several families.
 */
const FAMILIES: Record<string, string> = {
  STAFF:
    'carer caregiver nurse cleaner driver engineer developer dev technician tech guard agent temp temps crew staff staffer worker people person team consultant analyst designer housekeeper porter chef cook picker operative therapist tutor receptionist courier mechanic electrician plumber contractor recruiter accountant bookkeeper lawyer paralegal coordinator supervisor girl lad guy fellow employee hire newbie newcomer trainee junior nanny teacher programmer coder tester writer copywriter moderator dispatcher helper installer labourer locum bank housekeeping caretaker janitor concierge steward waiter server barista cashier clerk officer paramedic physio physiotherapist hca aide assistant sitter cook crewman operator picker packer loader fitter surveyor estimator planner scheduler dispatcher agent associate rep consultant auditor tester marketer seo designer illustrator editor producer videographer photographer trainer coach instructor tutor counsellor counselor carer caregiver',
  CONTACT:
    'account partner director contact champion relationship executive sponsor handler rep representative liaison lead owner manager',
  CHANGE:
    'new different another change changing replace replacement rotate rotation swap switch reshuffle turnover churn attrition revolve shuffle stranger unfamiliar newbie newcomer fresh unfamiliar unknown rookie successor replaced replacing cover interim temporary stopgap',
  DEPART:
    'leave quit resign retire depart departure promote reassign transfer handover hand gone go move exit walk poach lose lost vanish disappear resignation resigned notice leaver leavers departed gone moved-on burnout burned burnt poached redeployed',
  ORDINAL: 'second third fourth fifth sixth seventh eighth ninth tenth umpteenth nth twentieth',
  PERIOD:
    'day week fortnight month year hour minute quarter season shift morning evening night afternoon weekend sprint term monday tuesday wednesday thursday friday saturday sunday',
  DELAY:
    'wait waiting chase chasing late slow delay ages forever eventually still finally hold queue backlog pending sit linger drag reminder remind follow-up nudge overdue languish stall glacial wait waited hang hung slowly sluggish tardy belated late later lag lagging stalled stuck limbo unresolved unanswered unreturned',
  REACH:
    'call phone ring email message ticket request query voicemail reply respond answer response callback text inbox helpdesk desk line portal hotline switchboard contact rang rung phoned emailed messaged texted logged raised reported escalated escalate escalation',
  FAST: 'quick quickly fast prompt promptly immediately instantly straight swift swiftly rapid rapidly soon speedy same within minute there then pronto asap overnight speedily hurry rushed dashed jumped sorted',
  PROMISE:
    'promise guarantee commit commitment pledge assure assurance swear pitch sell sold sale proposal tender deck brochure contract agreement sla agree claim supposed meant slide demo sales salesman salesperson quote pitched promised guaranteed committed assured sold selling tender proposal presentation pitchdeck salespeople spiel',
  MONEY:
    'price pricing cost costly fee rate expensive cheap cheaper money pay paying spend spending budget premium retainer afford affordable value worth margin pound dollar grand percent euro rates dear pricey pricey steep overpriced bargain invoice-value invest investment spend roi return expense expenses fees costing',
  RISE: 'rise increase hike up jump creep double uplift inflate higher climb soar steep',
  INVOICE:
    'invoice invoicing bill billing billed charge charged timesheet overcharge refund payment surcharge line-item',
  ERROR:
    'error mistake wrong typo defect bug broken break damage damaged missing miss incorrect inaccurate sloppy mess shoddy redo rework fix correct crash fail failure glitch dirty streaky careless riddle botch shambles unusable wrongly faulty flawed shoddy sloppy slapdash careless messy botched bodged mangled garbled scruffy grubby grime stain stains leak leaky patchy defective',
  SKILL:
    'skill experience expertise knowledge know understand train training trained qualify certify senior clue idea depth know-how',
  UNSKILLED:
    'amateur amateurish apprentice beginner beginners clueless generalist google graduate green inexperienced intern junior learner learners novice novices rookie rookies script trainee uni university unqualified untrained',
  SKILLED:
    'brilliant capable certified competent experienced expert expertise knowledgeable professional qualified savvy seasoned skilled specialist talented veteran',
  INDIFFERENT:
    'care bother interest attention priority matter valued notice forget forgot ignore neglect number logo fish granted motion invisible unimportant transactional minimum drain indifferent uninterested disinterested apathetic cold impersonal dismissive shrug shrugged fob fobbed brush brushed bother bothered whatever afterthought',
  INFO: 'tell told inform informed update warn warning hear heard find found learn notice explain report communication communicate loop news notify mention posted clue heads-up briefed brief debrief notified transparency',
  UNINFORMED:
    'blindside blindsided confusing dark grapevine guess guessing hid hidden hide jargon opaque quiet secret secretive silence silent surprise unaware unclear vague waffle',
  SAFETY:
    'safety safe data licence license certificate registration check dbs vet vetted regulator inspection inspector audit compliance compliant hygiene hazard risk medication med meds drug fire ppe harness police safeguard rating insurance warning',
  HARM: 'abuse accident breach breached burns danger dangerous expire expired fall fell fine fined hazard hazardous incident infection injure injured injury lapse lapsed leak leaked neglect outbreak ransomware scald slipped stolen theft uninsured unlicensed unregistered unsafe violation',
  CLIENTORG:
    'acquire acquisition merger merge takeover owner parent group board ceo cfo cmo coo cio leadership funding budget cut restructure restructuring reorganisation in-house insource procurement framework policy headcount commissioner council trust committee trustee investor merger merged acquired bought takeover owners ownership shareholders budgetary downsizing redundancies layoffs closure closing relocate relocation insourced hiring',
  RIVAL:
    'competitor rival alternative provider agency firm vendor supplier company shop contractor bid bidder tender offer undercut outfit player elsewhere alternative alternatives incumbent newcomer pitch rivals competition competitive shortlist shortlisted',
  FLEX: 'flexible flexibility adapt adjust accommodate budge bend rework scope variation option tailor customise customize rota schedule flex bent adapted adjusted accommodated tweak tweaks customised amend amendment',
  RIGID:
    'budge clause contractual exception inflexible insist insisted minimum policy refuse refused rigid stubborn terms wouldn',
  KIND: 'kind kindness lovely gentle warm warmth caring compassion compassionate patient friendly thoughtful dignity love respect cheerful sweet lovely caring kindly warmly tender gentle compassionate empathetic friendly cheerful smile smiled hug hugs',
  SAME: 'same regular familiar stable steady consistent continuity usual same regular regulars familiar loyal long-serving longstanding long-standing settled',
  RELIABLE:
    'reliable dependable clockwork spotless immaculate accurate punctual flawless faultless thorough meticulous deadline schedule on-time reliable reliably dependable consistent consistently steady solid trustworthy trusted clockwork on-time punctual',
  DATE: '#th january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday later following until fortnight',
  PRAISE:
    'great excellent brilliant fantastic superb wonderful outstanding amazing good fine impressive first-class top-notch pleased happy delighted grateful thankful lucky',
  COMPLAINT:
    'complain complaint complaints frustrating frustrated frustration annoying annoyed angry furious fed disappointed disappointing unacceptable ridiculous nightmare joke shambles disaster awful terrible dreadful appalling poor bad worse worst',
  ALWAYS: 'always every constantly continually repeatedly regularly routinely again often forever each',
};

const byWord = new Map<string, string[]>();
for (const [family, words] of Object.entries(FAMILIES)) {
  for (const word of words.split(/\s+/)) byWord.set(word, [...(byWord.get(word) ?? []), family]);
}

export function familiesOf(lemma: string): string[] | undefined {
  return byWord.get(lemma);
}
