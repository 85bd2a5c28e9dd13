/**
 * Word families the classifier can generalise over: a sentence about "the drivers" changing
 * and one about "the nurses" changing share STAFF+CHANGE, so a story told in words the training
 * texts never used still reads. Keys are lemmas (or lower-case words); a word may belong to
 * several families.
 */
const FAMILIES: Record<string, string> = {
  STAFF:
    'carer caregiver nurse cleaner driver engineer developer dev technician tech guard agent temp temps crew staff staffer worker people person team consultant analyst designer housekeeper porter chef cook picker operative therapist tutor receptionist courier mechanic electrician plumber contractor recruiter accountant bookkeeper lawyer paralegal coordinator supervisor girl lad guy fellow employee hire newbie newcomer trainee junior nanny teacher programmer coder tester writer copywriter moderator dispatcher helper installer labourer locum bank',
  CONTACT:
    'account partner director contact champion relationship executive sponsor handler rep representative liaison lead owner manager',
  CHANGE:
    'new different another change changing replace replacement rotate rotation swap switch reshuffle turnover churn attrition revolve shuffle stranger unfamiliar',
  DEPART:
    'leave quit resign retire depart departure promote reassign transfer handover hand gone go move exit walk poach lose lost vanish disappear',
  ORDINAL: 'second third fourth fifth sixth seventh eighth ninth tenth umpteenth nth twentieth',
  PERIOD:
    'day week fortnight month year hour minute quarter season shift morning evening night afternoon weekend sprint term monday tuesday wednesday thursday friday saturday sunday',
  DELAY:
    'wait waiting chase chasing late slow delay ages forever eventually still finally hold queue backlog pending sit linger drag reminder remind follow-up nudge overdue languish stall glacial',
  REACH:
    'call phone ring email message ticket request query voicemail reply respond answer response callback text inbox helpdesk desk line portal hotline switchboard contact',
  FAST: 'quick quickly fast prompt promptly immediately instantly straight swift swiftly rapid rapidly soon speedy same within minute there then',
  PROMISE:
    'promise guarantee commit commitment pledge assure assurance swear pitch sell sold sale proposal tender deck brochure contract agreement sla agree claim supposed meant slide demo sales salesman salesperson quote',
  MONEY:
    'price pricing cost costly fee rate expensive cheap cheaper money pay paying spend spending budget premium retainer afford affordable value worth margin pound dollar grand percent euro rates dear pricey',
  RISE: 'rise increase hike up jump creep double uplift inflate higher climb soar steep',
  INVOICE:
    'invoice invoicing bill billing billed charge charged timesheet credit statement overcharge refund payment surcharge line-item purchase',
  ERROR:
    'error mistake wrong typo defect bug broken break damage damaged missing miss incorrect inaccurate sloppy mess shoddy redo rework fix correct crash fail failure glitch dirty streaky careless riddle botch shambles unusable',
  SKILL:
    'skill experience expertise knowledge know understand train training trained qualify qualified certify certified junior senior graduate trainee intern apprentice specialist expert clue idea depth green inexperienced competent capable novice uni university script google',
  INDIFFERENT:
    'care bother interest attention priority matter valued notice forget forgot ignore neglect number logo fish granted motion invisible unimportant transactional minimum drain',
  INFO: 'tell told inform informed update warn warning hear heard find found learn notice explain report communication communicate loop dark news surprise notify mention posted grapevine',
  SAFETY:
    'safety safe unsafe incident injury injure fall accident breach leak data licence license certificate registration check dbs vet vetted regulator inspection inspector audit compliance compliant fine hygiene hazard risk medication med meds drug fire ppe harness police theft ransomware lapse expire safeguard rating',
  CLIENTORG:
    'acquire acquisition merger merge takeover owner parent group board ceo cfo cmo coo cio leadership funding budget cut restructure restructuring reorganisation in-house insource procurement framework policy headcount commissioner council trust committee trustee investor',
  RIVAL:
    'competitor rival alternative provider agency firm vendor supplier company shop contractor bid bidder tender offer undercut outfit player',
  FLEX: 'flexible flexibility adapt adjust accommodate budge bend rework scope variation option tailor customise customize rigid refuse insist minimum rota schedule exception',
  KIND: 'kind kindness lovely gentle warm warmth caring compassion compassionate patient friendly thoughtful dignity love respect cheerful',
  SAME: 'same regular familiar stable steady consistent continuity usual',
  RELIABLE:
    'reliable dependable clockwork spotless immaculate accurate punctual flawless faultless thorough meticulous deadline schedule on-time',
};

const byWord = new Map<string, string[]>();
for (const [family, words] of Object.entries(FAMILIES)) {
  for (const word of words.split(/\s+/)) byWord.set(word, [...(byWord.get(word) ?? []), family]);
}

export function familiesOf(lemma: string): string[] | undefined {
  return byWord.get(lemma);
}
