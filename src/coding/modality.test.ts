import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from './index.js';
import { dayTime, fixtureDoc, mention, placeActors } from './testing.js';
import type { Event } from '../domain/types.js';
import { buildContext } from './context.js';
import { matchSentence } from './match.js';
import { modalityOf } from './modality.js';
import { intentCode } from './intent.js';
import { defaultPatterns } from './load.js';

const code = (text: string): Event[] => codeEvents(fixtureDoc(text), { docId: 't' });
const assertedCodes = (text: string): string[] => code(text).filter((e) => e.modality === 'asserted').map((e) => e.cameo);

describe('modality: scopes that end or reach further', () => {
  test('"accused Y of violating the truce and resumed strikes": the coordinated finite verb is the accuser\'s own, asserted', () => {
    const es = code('Gondor accused Rohan of violating the truce and resumed air strikes on Mordor.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted' && e.source.country === 'GON'), es.map((e) => `${e.source.country} ${e.modality}`).join());
  });
  test('"rejected the plan and launched strikes": the strikes are not rejected', () => {
    const es = code('Gondor rejected the plan and launched air strikes on Mordor.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'));
  });
  test('a noun in an urged infinitive\'s phrase is wanted, not done: "urged Y to return to negotiations"', () => {
    const es = code('Arnor urged Gondor and Rohan to return to negotiations.').filter((e) => e.cameo.startsWith('04'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'hypothetical'), es.map((e) => `${e.cameo} ${e.modality}`).join());
  });
});

describe('modality: the saying is not what is said', () => {
  test('a plain statement is asserted whatever the modality of its content: \'"Rohan did not agree," Arnor said\', "said no talks were held"', () => {
    for (const text of ['"Unfortunately, Rohan did not agree to move forward," Arnor said.', 'Gondor said no talks had been scheduled.']) {
      const es = code(text).filter((e) => e.cameo === '010');
      assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), `${text}: ${es.map((e) => e.modality).join()}`);
    }
  });
  test('a saying negated or hypothetical in its own verb group stays so ("did not say", "If Rohan says yes")', () => {
    const not = code('Gondor did not say anything.').filter((e) => e.cameo === '010');
    assert.ok(not.every((e) => e.modality !== 'asserted'), not.map((e) => e.modality).join());
    const cond = code('If Rohan says yes, Gondor will hold talks.').filter((e) => e.cameo === '010');
    assert.ok(cond.every((e) => e.modality !== 'asserted'), cond.map((e) => e.modality).join());
  });
  test('a span of decades after the verb of what is alleged is no background of the accusing ("accused Y of keeping troops there for three decades")', () => {
    const es = code('Gondor accused Rohan of keeping troops in the region for three decades.').filter((e) => e.cameo === '112');
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), es.map((e) => e.modality).join());
  });
});

describe('modality: what is scheduled', () => {
  test('is to come ("are scheduled to meet", "is slated to visit")', () => {
    for (const text of ['Gondor and Rohan are scheduled to meet in Osgiliath on Friday.', 'King Elessar is slated to visit Rohan next week.']) {
      const es = code(text).filter((e) => e.cameo.startsWith('04'));
      assert.ok(es.length > 0 && es.every((e) => e.modality === 'future-intent'), `${text}: ${es.map((e) => e.modality).join()}`);
    }
  });
});

describe('modality: what is feared', () => {
  test('is a worry, no plan and no threat ("feared that Gondor soldiers would arrest ...")', () => {
    const es = code('Rohan villagers said they feared that Gondor soldiers would arrest their leaders.');
    assert.ok(es.some((e) => e.cameo.startsWith('17') && e.modality === 'speculative'), es.map((e) => `${e.cameo} ${e.modality}`).join());
    assert.ok(!es.some((e) => e.cameo.startsWith('13') && e.modality === 'asserted'), es.map((e) => `${e.cameo} ${e.modality}`).join());
  });
});

describe('modality: talks named as an occasion', () => {
  test('took place ("failed to agree on a ceasefire in their first face-to-face peace talks")', () => {
    const es = code('Gondor and Rohan failed to agree on a ceasefire in their first face-to-face peace talks.').filter((e) => e.cameo === '040');
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), es.map((e) => e.modality).join());
  });
});

describe('modality: a participle with its agent after a noun', () => {
  test('tells a fact, whatever is planned about the thing ("will halt its strikes under a deal mediated by Arnor")', () => {
    const es = code('Gondor will halt its strikes on Rohan under a deal mediated by Arnor.').filter((e) => e.cameo === '045');
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), es.map((e) => e.modality).join());
  });
});

describe('modality: what someone is told not to do', () => {
  test('is a warning\'s content, supposed, not denied ("warned Y not to attack Z")', () => {
    const es = code('Arnor warned Gondor not to attack Rohan.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'hypothetical'), es.map((e) => e.modality).join());
    const own = code('Gondor decided not to attack Rohan.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(own.every((e) => e.modality === 'negated'), own.map((e) => e.modality).join());
  });
});

describe('modality: what someone is permitted to do', () => {
  test('is not done ("a regulation allowing it to detain foreigners", "a law that authorizes police to arrest")', () => {
    for (const text of ['Gondor passed a regulation allowing it to detain Rohan traders.', 'Gondor passed a law that authorizes police to arrest Rohan traders.']) {
      const es = code(text).filter((e) => e.cameo.startsWith('17'));
      assert.ok(es.every((e) => e.modality !== 'asserted'), `${text}: ${es.map((e) => e.modality).join()}`);
    }
  });
});

describe('modality: a participle after a comma', () => {
  test('is as real as the verb complement it hangs on ("is expected to impose sanctions, banning imports")', () => {
    const es = code('Gondor is expected to impose sanctions on Rohan, banning imports of steel.').filter((e) => e.cameo === '163');
    assert.ok(es.length > 0 && es.every((e) => e.modality !== 'asserted'), es.map((e) => `${e.rule} ${e.modality}`).join());
  });
  test('but not as a purpose infinitive after a noun ("opened fire to disperse protesters, killing one")', () => {
    const es = code('Gondor troops opened fire to disperse Rohan protesters, killing one person.').filter((e) => /^(18|19)/.test(e.cameo));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), es.map((e) => `${e.rule} ${e.modality}`).join());
  });
});

describe('modality: "be to" + infinitive is a plan', () => {
  test('"Gondor and Rohan are to hold talks", "King Elessar is to visit Rohan", "the talks are to be mediated by Arnor": future-intent, with their actors', () => {
    for (const [text, root] of [['Gondor and Rohan are to hold talks.', '04'], ['King Elessar is to visit Rohan next week.', '04'], ['The talks are to be mediated by Arnor.', '04']] as const) {
      const es = code(text).filter((e) => e.cameo.startsWith(root));
      assert.ok(es.length > 0 && es.every((e) => e.modality === 'future-intent'), `${text}: ${es.map((e) => e.modality).join()}`);
    }
  });
  test('a passive infinitive elsewhere in the sentence does not reach a later verb', () => {
    const es = code('The names of the prisoners to be freed were handed over, Arnor said.').filter((e) => e.cameo === '010');
    assert.ok(es.every((e) => e.modality === 'asserted'));
  });
});

describe('modality: the month of May is no modal', () => {
  test('"In May Gondor and Rohan agreed to a truce", "OSGILIATH, May 3 - ...", a person named May: asserted', () => {
    for (const text of ['In May Gondor and Rohan agreed to a truce.', 'OSGILIATH, May 3 - Gondor and Rohan agreed to a truce.', 'Queen Arwen met Prime Minister May and agreed to a truce with Gondor.']) {
      const es = code(text).filter((e) => e.cameo.startsWith('08'));
      assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), `${text}: ${es.map((e) => e.modality).join()}`);
    }
  });
  test('the modal "may" is still speculative', () => {
    const es = code('Gondor may attack Rohan.');
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'speculative'));
  });
});

describe('modality: cues that rule over a whole complement', () => {
  test('what is demanded "that" somebody do has not happened', () => {
    const es = code('Arnor demanded that Gondor abandon its policy of border closures.');
    assert.ok(!es.some((e) => e.cameo === '0832' && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('a plan inside a demand gives no statement of intent', () => {
    const codes = assertedCodes('Mordor demanded that Rohan cancel plans to sell weapons to Gondor.');
    assert.ok(!codes.some((c) => c.startsWith('03')), codes.join());
  });
  test('the object of a rejection is not asserted: no offer or appeal coded beside the rejection', () => {
    const a = assertedCodes('Arnor rejected a Gondorian offer to host a summit.');
    assert.ok(a.some((c) => c.startsWith('12')) && !a.some((c) => c.startsWith('03') || c.startsWith('04')), a.join());
    const b = assertedCodes('Rohan dismissed an appeal from King Elessar to lay down its arms.');
    assert.ok(b.some((c) => c.startsWith('12')) && !b.some((c) => c.startsWith('087')), b.join());
  });
  test('the object of a verb of stopping did not happen: "blocked new Gondorian air strikes on Rohan"', () => {
    const es = code('Arnor blocked new Gondorian air strikes on Rohan.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'negated'), es.map((e) => `${e.cameo} ${e.modality}`).join());
  });
  test('what follows the object of a verb of stopping is not stopped: "blocked roads demanding ..."', () => {
    const es = code('Gondorian villagers blocked roads on Monday demanding talks with Rohan.').filter((e) => e.cameo.startsWith('1'));
    assert.ok(!es.some((e) => e.modality === 'negated'), es.map((e) => `${e.cameo} ${e.modality}`).join());
  });
  test('a finite verb after a rejection is a predicate of its own', () => {
    assert.ok(assertedCodes('Mordor rejected the plan and shelled Gondor.').includes('194'));
  });
  test('"must" is an obligation, not a fact', () => {
    assert.ok(!assertedCodes('Theoden said Mordor must agree to a ceasefire.').includes('0871'));
  });
  test('"sworn to fight" is a threat; the fighting has not started', () => {
    const es = code('Mordor has sworn to fight Gondor.');
    assert.ok(es.some((e) => e.cameo.startsWith('13') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(!es.some((e) => e.cameo.startsWith('19') && e.modality === 'asserted'));
  });
  test('a clause opened by "as" + pronoun is out of reach of an earlier modal', () => {
    assert.ok(assertedCodes('Queen Arwen said Mordor must withdraw as she visited Gondor on Monday.').includes('042'));
  });
});

describe('protests and their demands', () => {
  test('a protest made to demand something is one protest event coded by its demand', () => {
    const a = assertedCodes('Rohan protesters marched on Sunday to demand the resignation of King Elessar.');
    assert.ok(a.includes('1411') && !a.some((c) => c.startsWith('10')), a.join());
  });
  test('what a demand asks for is not asserted', () => {
    const es = code('Arnor demanded the return of land taken by Gondor.');
    assert.ok(!es.some((e) => e.cameo === '0842' && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('conditions', () => {
  test('nothing inside an "unless" clause is asserted, nor turned into an intent', () => {
    const es = code('Rohan said it will boycott the talks unless King Elessar agrees to step down.');
    assert.ok(!es.some((e) => e.modality === 'asserted' && (e.cameo.startsWith('03') || e.cameo.startsWith('083'))), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('a cooperative action stated on a condition is a threat', () => {
    const a = assertedCodes('Arnor announced that it will withdraw its peacekeepers from Gondor unless Mordor holds elections.');
    assert.ok(a.includes('130') && !a.some((c) => c.startsWith('03')), a.join());
  });
  test('what is to happen "before" somebody acts has not happened', () => {
    const es = code('Mordor said Gondor must agree to reforms before they demobilize.');
    assert.ok(!es.some((e) => e.modality === 'asserted' && (e.cameo.startsWith('087') || e.cameo.startsWith('035'))), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('talks that fail to reach agreement are a mutual rejection', () => {
    assert.deepEqual(code('Arnor and Gondor failed to reach agreement on Sunday.').filter((e) => e.modality === 'asserted').map((e) => `${e.source.country}>${e.target?.country}:${e.cameo}`).sort(), ['ARN>GON:120', 'GON>ARN:120']);
  });
});

describe('purposes, relative clauses and allegations', () => {
  test('a purpose is not an outcome', () => {
    assert.ok(!assertedCodes('Queen Arwen hosted King Elessar for a meeting aimed at establishing diplomatic relations.').includes('050'));
  });
  test('a relative clause states its own past fact, out of reach of "will"', () => {
    const es = code('Mordor said it will release the Gondorian soldiers whom it had taken hostage.');
    assert.ok(!es.some((e) => e.cameo.startsWith('138') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('the content of an admission demanded of somebody is not asserted', () => {
    const es = code('Arnor demanded an admission by Mordor that its troops murdered Gondorian officers.');
    assert.ok(!es.some((e) => e.cameo.startsWith('18') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('"prepared to resume shelling" has not resumed yet', () => {
    assert.ok(!assertedCodes('Mordor prepared to resume shelling Gondor.').includes('194'));
  });
});

describe('verb senses', () => {
  test('an indictment is a formal accusation (112x)', () => {
    const es = code('Gondor indicted Sauron for war crimes.').filter((e) => e.modality === 'asserted');
    assert.ok(es.some((e) => e.cameo === '1124' && e.source.country === 'GON' && e.target?.country === 'MOR'), es.map((e) => `${e.source.country}>${e.target?.country}:${e.cameo}`).join());
  });
});

describe('nouns that name no event', () => {
  test('a weapon named is no weapon used', () => {
    assert.deepEqual(assertedCodes('Mordor is manufacturing chemical weapons.').filter((c) => c.startsWith('20')), []);
    assert.deepEqual(assertedCodes('Arnor inspectors searched Mordor for weapons of mass destruction.').filter((c) => c.startsWith('20')), []);
  });
  test('forcing out hundreds of residents is a mass expulsion (201)', () => {
    assert.ok(assertedCodes('The Mordor army forced out hundreds of Gondorian families from their homes.').includes('201'));
  });
});

describe('ceasefire violations', () => {
  test('violating a ceasefire agreement is a ceasefire violation (196)', () => {
    assert.ok(assertedCodes('Mordor violated the ceasefire agreement with Gondor.').includes('196'));
  });
});

describe('asking somebody to act', () => {
  test('"urged Y to sign" and "ordered Y to withdraw" assert neither the signing nor the withdrawal', () => {
    const a = code('Arnor urged Gondor and Rohan to sign a peace agreement.');
    assert.ok(a.some((e) => e.cameo === '020' && e.modality === 'asserted'));
    assert.ok(!a.some((e) => e.cameo === '057' && e.modality === 'asserted'), a.map((e) => `${e.cameo}:${e.modality}`).join());
    const b = code('Arnor ordered Gondor to withdraw its troops from Rohan.');
    assert.ok(b.some((e) => e.cameo === '100' && e.source.country === 'ARN' && e.target?.country === 'GON' && e.modality === 'asserted'));
    assert.ok(!b.some((e) => e.cameo === '0874' && e.modality === 'asserted'), b.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('"forced Y to withdraw" reports the withdrawal', () => {
    assert.ok(assertedCodes('Arnor forced Gondor to withdraw its troops from Rohan.').includes('0874'));
  });
});

describe('gerunds governed by denial, prevention or warning', () => {
  test('"denied attacking", "prevented Y from attacking", "stopped short of imposing" are negated', () => {
    for (const s of ['Mordor denied attacking Gondor.', 'Arnor prevented Mordor from attacking Gondor.', 'Arnor stopped short of imposing sanctions on Mordor.', 'Mordor refrained from shelling Gondor.']) {
      const es = code(s).filter((e) => !e.cameo.startsWith('01'));
      assert.ok(es.length > 0 && es.every((e) => e.modality !== 'asserted' || e.cameo.startsWith('13')), `${s}: ${es.map((e) => `${e.cameo}:${e.modality}`).join()}`);
    }
  });
  test('"warned Y against attacking" asserts the warning only', () => {
    const es = code('Arnor warned Mordor against attacking Gondor.');
    assert.ok(es.some((e) => e.cameo.startsWith('13') && e.modality === 'asserted'));
    assert.ok(!es.some((e) => e.cameo === '190' && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('events announced ahead', () => {
  test('"a planned visit", "the proposed talks" have not happened', () => {
    assert.ok(!assertedCodes("Queen Arwen's planned visit to Gondor was cancelled.").includes('042'));
  });
});

describe('conditions and threats', () => {
  test('the predicate of a condition is no threat by its subject', () => {
    const es = code('Arnor said it would retaliate if Mordor attacked Gondor.');
    assert.ok(es.some((e) => e.source.country === 'ARN' && e.cameo.startsWith('13') && e.modality === 'asserted'));
    assert.ok(!es.some((e) => e.source.country === 'MOR' && e.cameo.startsWith('13') && e.modality === 'asserted'), es.map((e) => `${e.source.country}:${e.cameo}:${e.modality}`).join());
  });
});

describe('adjectives before an infinitive', () => {
  test('"was quick to condemn" condemned; "ready to meet" has not met', () => {
    assert.ok(assertedCodes('Arnor was quick to condemn Mordor.').some((c) => c.startsWith('11')));
    assert.ok(!assertedCodes('Arnor is ready to meet Gondor.').includes('040'));
  });
});

/** The modality of the first candidate with the given code in a one-sentence text. */
function modalityOfCode(text: string, code: string, word?: string): { modality: string; cue?: string } {
  const ctx = buildContext(fixtureDoc(text));
  const cand = matchSentence(ctx, defaultPatterns(), 0).find((c) => c.pattern.code === code && (!word || ctx.doc.tokens[c.trigger]?.lower === word));
  assert.ok(cand, `no ${code} candidate in: ${text}`);
  return modalityOf(ctx, cand);
}

describe('modality: attempts, decisions and actions ruled out', () => {
  test('an attempt is the act itself (CAMEO codes attempted actions), unless negated', () => {
    const es = code('Mordor tried to hack into the ministry networks of Gondor.');
    assert.ok(es.some((e) => e.cameo === '171' && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(assertedCodes('Mordor attempted to seize the border town from Gondor.').some((c) => c.startsWith('19')));
    assert.ok(!assertedCodes('Mordor did not try to hack into the ministry networks of Gondor.').includes('171'));
    assert.ok(!assertedCodes('Mordor may try to hack into the ministry networks of Gondor.').includes('171'));
  });
  test('"decided to" reports the decision taken; "will decide whether" does not', () => {
    assert.ok(assertedCodes('Arnor decided to allow Theoden to visit the capital.').includes('080'));
    assert.ok(!assertedCodes('Arnor will decide whether to allow Theoden to visit.').includes('080'));
  });
  test('an intent stated as "will not" is the matching rejection ("would not accept mediation" → 126)', () => {
    assert.equal(intentCode('038', 'negated', 'would not'), '126');
    assert.equal(intentCode('036', 'negated', 'will not'), '125');
    assert.equal(intentCode('030', 'negated', 'will not'), '120');
  });
  test('not accepting is refusing ("did not recognise the court\'s jurisdiction" → 120); not meeting is no rejection', () => {
    assert.equal(intentCode('054', 'negated', 'not', 'recognise'), '120');
    assert.equal(intentCode('050', 'negated', 'never', 'accept'), '120');
    assert.equal(intentCode('040', 'negated', 'not', 'meet'), null);
    assert.ok(assertedCodes('Gondor did not recognise Rohan.').includes('120'));
  });
  test('an action declared "out of the question" is ruled out, and that is a rejection', () => {
    const m = modalityOfCode('For Arnor, lifting the sanctions on Gondor is out of the question.', '085');
    assert.equal(m.modality, 'negated');
    assert.equal(intentCode('085', 'negated', m.cue), '1244');
    assert.equal(modalityOfCode('A withdrawal from Gondor is not out of the question, Arnor said.', '0874').modality, 'speculative');
    // the phrase closes the complement, not the reporting verb
    assert.ok(assertedCodes('Arnor said lifting the sanctions on Gondor is out of the question.').includes('010'));
  });
});

describe('modality: options weighed, refusals named, predicates inside the pattern', () => {
  test('an option being considered has not been taken', () => {
    const es = code('Arnor is considering sending aid to Gondor.');
    assert.ok(es.some((e) => e.cameo === '070' && e.modality === 'hypothetical'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(!assertedCodes('Arnor explored the possibility of sending troops to Gondor.').some((c) => c.startsWith('15')));
    assert.ok(assertedCodes('Arnor sent aid to Gondor.').includes('070'));
  });
  test('"the refusal of Y to recognize" is no recognition', () => {
    const es = code('Mordor expelled the Gondorian envoy over the refusal of Gondor to recognize Sauron.');
    assert.ok(es.some((e) => e.cameo === '054' && e.modality === 'negated'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(es.some((e) => e.cameo === '166' && e.modality === 'asserted'));
  });
  test('a verb inside the matched span after a noun trigger carries its own modality', () => {
    assert.ok(assertedCodes('Arnorian sanctions against Gondor were lifted.').includes('085'));
    assert.ok(!assertedCodes('Arnorian sanctions against Gondor were not lifted.').includes('085'));
    assert.ok(!assertedCodes('Arnorian sanctions against Gondor will be lifted.').includes('085'));
    assert.ok(!assertedCodes('Arnorian peacekeepers could arrive in Gondor.').includes('074'));
  });
});

describe('modality: what somebody is arrested or investigated for', () => {
  test('the reason of an arrest is suspected; the arrest is asserted', () => {
    const es = code('Arnor arrested a Gondorian trader for collaborating with Mordor.');
    assert.ok(es.some((e) => e.cameo === '173' && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(es.some((e) => e.cameo === '060' && e.modality === 'speculative'));
  });
  test('a second predicate after "and" is not the reason', () => {
    assert.ok(assertedCodes('Arnor arrested a Gondorian trader and attacked Mordor.').includes('190'));
  });
});

describe('modality: the purpose of an offer or a request', () => {
  test('what an offered force is "to" do for its recipient has not happened', () => {
    assert.equal(modalityOfCode("Arnor again offered a battalion to King Elessar to help Gondor retake the valley.", '070', 'help').modality, 'future-intent');
  });
  test('a request from an actor "to" visit is no visit', () => {
    const es = code('Gondor turned down a request from Rohan to visit the border fortress.');
    assert.ok(!es.some((e) => e.cameo === '042' && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('a purpose after a summons stays asserted: the complaint is made', () => {
    assert.equal(modalityOfCode('Gondor summoned the ambassador of Rohan to complain about the raids.', '114').modality, 'asserted');
  });
});

describe('modality: an intention that is itself demanded', () => {
  test('"Y must be ready to mediate" is what the speaker wants of Y, not Y\'s stated intent', () => {
    const es = code('Theoden said Gondor must be ready to mediate between Rohan and Arnor.');
    assert.ok(!es.some((e) => e.cameo.startsWith('03') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(es.some((e) => e.cameo === '100' && e.modality === 'asserted'));
  });
  test('"Y is ready to mediate" stays a statement of intent', () => {
    assert.ok(assertedCodes('Gondor said it is ready to mediate between Rohan and Arnor.').some((c) => c.startsWith('03')));
  });
});

describe('modality: reduced relative clauses', () => {
  test('a participle after the object noun is a background mention, outside the future', () => {
    const es = code('Rohan will return weapons seized from Gondor.');
    assert.ok(es.some((e) => e.cameo.startsWith('03') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(!es.some((e) => (e.cameo.startsWith('13') || e.cameo.startsWith('19')) && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('an actor before the verb is its subject, not the noun it modifies', () => {
    assert.ok(assertedCodes('Gondor mourned the dead of an ambush Rohan blamed on Mordor.').includes('112'));
  });
  test('a finite verb after a subject noun keeps its own modality', () => {
    assert.ok(assertedCodes('Arnor said Mordor troops seized the bridge in March.').includes('192'));
  });
});

describe('modality: conditional negative acts are threats', () => {
  test('"may halt mediation ... if" is a threat (13x), the halt itself not asserted', () => {
    const es = code('Arnor may halt its mediation between Gondor and Rohan if the talks collapse.');
    assert.ok(es.some((e) => e.cameo.startsWith('13') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(!es.some((e) => e.cameo.startsWith('16') && e.modality === 'asserted'));
  });
  test('a possible cooperative act on a condition is no threat, and a past possibility stays speculative', () => {
    assert.ok(!assertedCodes('Arnor may send aid to Gondor if the harvest fails.').some((c) => c.startsWith('13')));
    assert.ok(!assertedCodes('A war with Mordor could devastate Gondor if it broke out.').some((c) => c.startsWith('13')));
    const es = code('Mordor may have attacked Gondor, if the reports are true.');
    assert.ok(!es.some((e) => e.cameo.startsWith('13')), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: "demanded on Friday that ..."', () => {
  test('a time phrase between the verb of wanting and "that" keeps the content unasserted', () => {
    const es = code('Arnor demanded Friday that Rohan send aid to Gondor.');
    assert.ok(!es.some((e) => e.cameo.startsWith('07') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: events something happens ahead of', () => {
  test('"ahead of talks", "on the eve of a visit" are still to come', () => {
    const a = code('Arnor released prisoners ahead of talks with Gondor.');
    assert.ok(a.some((e) => e.cameo === '0841' && e.modality === 'asserted') && !a.some((e) => e.cameo.startsWith('04') && e.modality === 'asserted'), a.map((e) => `${e.cameo}:${e.modality}`).join());
    const b = code('Arnor massed riders on the border on the eve of a visit by Elessar to Rohan.');
    assert.ok(!b.some((e) => (e.cameo.startsWith('04') || e.cameo.startsWith('03')) && e.modality === 'asserted'), b.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: a capacity is not an act', () => {
  test('"capable of" an attack states what could be done', () => {
    const es = code('Mordor has trained raiders capable of launching cyber attacks against Gondor.');
    assert.ok(!es.some((e) => e.cameo === '171' && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('the plain act stays asserted', () => {
    assert.ok(assertedCodes('Mordor launched cyber attacks against Gondor.').includes('171'));
  });
});

describe('modality: the accused described in a reduced relative', () => {
  test('"a commander charged with war crimes" inside an apposition is background', () => {
    const es = code('Grima, a Rohan commander charged with war crimes, has surrendered to Gondor.');
    assert.ok(!es.some((e) => e.cameo.startsWith('112') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('a finite accusation stays asserted', () => {
    assert.ok(assertedCodes('Gondor accused Mordor of war crimes.').some((c) => c.startsWith('112')));
  });
});

describe('modality: a harmed actor described by a participle', () => {
  test('"mourned the Gondorian soldier killed in Mordor years ago": the killing is background', () => {
    const text = 'Arnor mourned the Gondorian soldier killed in Mordor years ago.';
    const soldier = { ...mention('Gondorian soldier', text.indexOf('Gondorian'), { code: 'GONMIL', kind: 'agent' }), how: 'typed' as const };
    const actors = [...placeActors(text).filter((m) => m.text !== 'Gondorian'), soldier].sort((a, b) => a.start - b.start);
    const es = codeEvents(fixtureDoc(text, { actors }), { docId: 't' });
    assert.ok(!es.some((e) => e.cameo.startsWith('18') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('a finite killing stays asserted', () => {
    assert.ok(assertedCodes('Mordor killed a Gondorian soldier in Osgiliath.').some((c) => c.startsWith('18') || c.startsWith('19')));
  });
});

describe('modality: a past-tense clause after a temporal subordinator', () => {
  test('"appeared to hold after X announced that ...": the cue of the main clause stops at "after"', () => {
    const es = code('The truce appeared to be holding after King Elessar announced that Gondor had expelled Mordor diplomats.').filter((e) => e.cameo.startsWith('1'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('a present-tense clause after "after" keeps the main clause\'s future', () => {
    const es = code('Gondor will expel Mordor diplomats after the envoys leave.').filter((e) => e.cameo.startsWith('1'));
    assert.ok(es.every((e) => e.modality !== 'asserted' || e.cameo.startsWith('13')), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: an indefinite event noun as the subject of a modal', () => {
  test('"an attack on Y could spark a war" is supposed, not reported', () => {
    for (const t of ['A Mordor attack on Gondor could spark a wider war.', 'Mordor strikes on Gondor would trigger a regional war.']) {
      const es = code(t).filter((e) => e.cameo.startsWith('19'));
      assert.ok(es.every((e) => e.modality !== 'asserted'), `${t}: ${es.map((e) => `${e.cameo}:${e.modality}`).join()}`);
    }
  });
  test('an event that happened keeps its modality when a modal follows it elsewhere', () => {
    const es = code('Mordor launched strikes on Gondor that may escalate the conflict.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: the accuser\'s own coordinated verb as the trigger', () => {
  test('"accused Y of shelling Z and called on W to ..." — the call is asserted, the shelling alleged', () => {
    const es = code('Gondor accused Mordor of shelling Rohan and called on Arnor to intervene.');
    assert.ok(es.some((e) => e.cameo.startsWith('02') && e.modality === 'asserted' && e.source.country === 'GON'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(!es.some((e) => e.cameo.startsWith('19') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: history told over decades', () => {
  test('"For nearly four decades, X and Y fought" is background, not news', () => {
    const es = code('For nearly four decades, Gondor and Mordor fought over the river valley.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.modality !== 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('"have fought three wars since 1947" (a year long before the report) is background too', () => {
    const es = code('Gondor and Mordor have fought three wars since 1947.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.modality !== 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('"agreed to resume talks suspended since 2008": the span is the participle\'s, the agreement is news', () => {
    const es = code('Gondor and Mordor agreed to resume border talks suspended since 2008.').filter((e) => e.cameo === '030');
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('an act of the day stays asserted', () => {
    const es = code('Gondor and Mordor fought over the river valley on Friday.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: infinitives past a time adverbial, ceasing', () => {
  const code = (text: string): Event[] => codeEvents(fixtureDoc(text), { docId: 't' });
  test('"threatened on Tuesday to resume attacks": the attacks are threatened, not asserted', () => {
    const text = 'The Mordor rebels threatened on Tuesday to resume attacks on Gondorian ships.';
    const es = codeEvents(fixtureDoc(text, { times: [dayTime(text, 'Tuesday', '2025-05-06')] }), { docId: 't' }).filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.modality !== 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('"agreed to stop all firing and military action": a ceasefire, and the action in its object is stopped', () => {
    const es = code('Arnor and Gondor agreed on Saturday to stop all firing and military action.');
    assert.ok(es.some((e) => e.cameo === '0871' && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(!es.some((e) => e.cameo.startsWith('19') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(!es.some((e) => e.cameo.startsWith('13') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: postponed acts, alleged relatives', () => {
  const code = (text: string): Event[] => codeEvents(fixtureDoc(text), { docId: 't' });
  test('"agreed to postpone the demonstration": the protest will not happen, and is no threat', () => {
    const es = code('The Arnor opposition agreed to postpone the demonstration.');
    assert.ok(!es.some((e) => e.cameo.startsWith('14') && e.modality !== 'negated'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(!es.some((e) => e.cameo.startsWith('13')), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('", whom they allege were beaten and shot by Y": the shooting is alleged, through the coordination', () => {
    const es = code('Arnor villagers mourned three herders, whom they allege were beaten and shot by Gondorian soldiers.').filter((e) => e.cameo.startsWith('18') || e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'speculative'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('refiners: a vow to retaliate is a threat', () => {
  test('the generic intent to cooperate of "vowed to" is dropped when the vow is a threat', () => {
    const es = codeEvents(fixtureDoc('The Mordor rebels vowed to retaliate against Gondor.'), { docId: 't' }).filter((e) => e.modality === 'asserted');
    assert.ok(es.some((e) => e.cameo.startsWith('13')) && !es.some((e) => e.cameo === '030'), es.map((e) => e.cameo).join());
  });
  test('an offer keeps its intent to cooperate', () => {
    const es = codeEvents(fixtureDoc('Arnor offered to send troops to distribute food in Gondor.'), { docId: 't' }).filter((e) => e.modality === 'asserted');
    assert.ok(es.some((e) => e.cameo === '030'), es.map((e) => e.cameo).join());
  });
});

describe('modality: the topic of talks', () => {
  test('"held talks on a prisoner exchange": the talks happened, the exchange is only discussed', () => {
    const es = codeEvents(fixtureDoc('Arnor and Gondor held talks on a prisoner exchange.'), { docId: 't' });
    assert.ok(es.some((e) => e.cameo.startsWith('04') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(es.some((e) => e.cameo.startsWith('08')) && es.every((e) => !e.cameo.startsWith('08') || e.modality === 'hypothetical'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: what a past act came after', () => {
  test('"agreed to resume flights after talks between them": the talks took place', () => {
    const es = codeEvents(fixtureDoc('Arnor and Gondor agreed to resume flights after talks between their foreign ministers.'), { docId: 't' }).filter((e) => e.cameo.startsWith('04'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('"will resume flights after talks": the talks are still to come', () => {
    const es = codeEvents(fixtureDoc('Arnor and Gondor will resume flights after talks.'), { docId: 't' }).filter((e) => e.cameo === '040');
    assert.ok(es.every((e) => e.modality !== 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: an accuser\'s own coordinated act', () => {
  test('"accused Y of violating its sovereignty and cut ties with Y": the cut is asserted (a past form like the base)', () => {
    const es = codeEvents(fixtureDoc('Gondor accused Mordor of violating its sovereignty and cut diplomatic ties with Mordor.'), { docId: 't' }).filter((e) => e.cameo.startsWith('16'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: a past clause after "while"', () => {
  test('"would not disarm while Y occupied the land": the occupation is asserted', () => {
    const es = codeEvents(fixtureDoc('Queen Arwen said Arnor would not disarm while Mordor occupied Arnorian land.'), { docId: 't' }).filter((e) => e.cameo === '192');
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: an act named with its doer is one that happened', () => {
  test('"refused to condemn Mordor\'s invasion of Rohan": the invasion is asserted, the condemnation not', () => {
    const es = code("Gondor refused to condemn Mordor's invasion of Rohan.");
    assert.ok(es.some((e) => e.cameo.startsWith('19') && e.modality === 'asserted' && e.source.country === 'MOR'), es.map((e) => `${e.cameo}:${e.modality}`).join());
    assert.ok(!es.some((e) => e.cameo.startsWith('11') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('"plans to launch its offensive": a verb of making it happen keeps it planned', () => {
    const es = code('Mordor plans to launch its offensive against Gondor next week.');
    assert.ok(!es.some((e) => e.cameo.startsWith('19') && e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: a relative clause with a past verb states its own fact', () => {
  test('"agreed to end a war that began with Mordor air strikes on Gondor": the strikes happened', () => {
    const es = code('Rohan agreed to end a war that began with Mordor air strikes on Gondor.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted' && e.source.country === 'MOR'), es.map((e) => `${e.source.country} ${e.modality}`).join());
  });
  test('"plans to free the hostages that were taken by Mordor": what the relative clause tells happened; the freeing is planned', () => {
    const es = code('Gondor plans to free the hostages that were taken by Mordor.');
    assert.ok(es.some((e) => e.cameo.startsWith('08') && e.modality === 'future-intent'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: "failed to" with a time clause before it', () => {
  test('"met for their first talks since 2022 and agreed to free prisoners, but failed to agree on a ceasefire": no ceasefire', () => {
    const es = code('Gondor and Rohan met on Friday for their first talks since 2022 and agreed to free prisoners, but failed to agree on a ceasefire.');
    const truce = es.filter((e) => e.cameo === '0871');
    assert.ok(truce.length > 0 && truce.every((e) => e.modality === 'negated'), truce.map((e) => e.modality).join());
  });
});

describe('modality: a participle modifying a blocked object', () => {
  test('"Rohan blocked an Arnor statement condemning Mordor": the condemnation was not made', () => {
    const es = code('Rohan blocked an Arnor statement condemning Mordor.').filter((e) => e.cameo.startsWith('11'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'negated'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: a clause of its own after ", and" is outside an allegation', () => {
  test('"X accused Y of killings, and Z said it was investigating": the investigation is asserted', () => {
    const es = codeEvents(fixtureDoc('Arnor accused Mordor of shelling the town, and Gondor said it was investigating the attack.'), { docId: 't' });
    const inv = es.filter((e) => e.cameo.startsWith('09'));
    assert.ok(inv.length > 0 && inv.every((e) => e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: participles after a purpose infinitive', () => {
  test('"opened fire to disperse the crowd, killing one and arresting 12": the killing and the arrests happened', () => {
    const es = codeEvents(fixtureDoc('Mordor army opened fire to disperse the crowd in Osgiliath, killing one man and arresting 12 others.'), { docId: 't' });
    const done = es.filter((e) => e.cameo === '1823' || e.cameo === '173');
    assert.ok(done.length > 0 && done.every((e) => e.modality === 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
  test('"said it would attack the camp, killing everyone": the participle keeps the modal of the verb it hangs on', () => {
    const es = codeEvents(fixtureDoc('Mordor army said it would attack the camp, killing everyone inside.'), { docId: 't' });
    assert.ok(es.filter((e) => e.cameo === '1823').every((e) => e.modality !== 'asserted'), es.map((e) => `${e.cameo}:${e.modality}`).join());
  });
});

describe('modality: "not yet", "has yet to"', () => {
  test('"has not yet agreed to extend the truce" and "has yet to agree to a ceasefire" assert no truce', () => {
    for (const text of ['Mordor has not yet agreed to extend the truce with Gondor.', 'Mordor has yet to agree to a ceasefire with Gondor.']) {
      const es = codeEvents(fixtureDoc(text), { docId: 't' }).filter((e) => e.cameo.startsWith('08') || e.cameo.startsWith('03'));
      assert.ok(es.length > 0 && es.every((e) => e.modality === 'negated'), `${text} ${JSON.stringify(es.map((e) => [e.cameo, e.modality]))}`);
    }
  });
});

describe('a trailing clause after a comma has cues of its own', () => {
  test('", King Elessar said after hosting Queen Arwen": the hosting is told, not intended', () => {
    const es = code('Gondor and Rohan agreed to work toward peace, King Elessar said after hosting Queen Arwen in Osgiliath.').filter((e) => e.cameo.startsWith('04'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), JSON.stringify(es.map((e) => [e.cameo, e.modality])));
  });
  test('", with King Elessar hailing the deal": an absolute "with" clause is told', () => {
    const es = code('Arnor and Rohan signed an agreement aimed at ending the dispute, with King Elessar praising Rohan.').filter((e) => e.cameo === '051');
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), JSON.stringify(es.map((e) => [e.cameo, e.modality])));
  });
});

describe('a purpose restating the act', () => {
  test('"Mordor army fired tear gas to disperse Gondorian protesters": the act told once, asserted', () => {
    const es = code('Mordor army fired tear gas at Gondorian protesters to disperse Gondorian protesters.').filter((e) => e.cameo === '175');
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), JSON.stringify(es.map((e) => [e.cameo, e.modality, e.rule])));
  });
});

describe('conditions, guesses and what waits on another act', () => {
  test('"threatened sanctions if Mordor did not agree to a ceasefire": a negated condition is supposed, not negated', () => {
    const es = code('Gondor threatened sanctions if Mordor did not agree to a ceasefire.').filter((e) => e.cameo === '0871');
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'hypothetical'), JSON.stringify(es.map((e) => e.modality)));
  });
  test('"Mordor is unlikely to accept the proposal": a guess (speculative), no rejection', () => {
    const es = code('Mordor is unlikely to accept the proposal from Gondor.');
    assert.ok(es.some((e) => e.cameo.startsWith('05') && e.modality === 'speculative') && !es.some((e) => e.cameo.startsWith('12') && e.modality === 'asserted'), JSON.stringify(es.map((e) => [e.cameo, e.modality])));
  });
  test('"no deal would be signed until King Elessar and Sauron met": the meeting waits, supposed', () => {
    const es = code('Gondor said no deal would be signed until King Elessar and Sauron met.').filter((e) => e.cameo.startsWith('04'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'hypothetical'), JSON.stringify(es.map((e) => e.modality)));
  });
});

describe('facts an accusation takes for granted', () => {
  test('"accused Mordor of violating a ceasefire brokered by Rohan": the brokering is told, not alleged', () => {
    const es = code('Gondor accused Mordor of violating a ceasefire brokered by Rohan.').filter((e) => e.cameo === '045');
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), JSON.stringify(es.map((e) => e.modality)));
  });
});

describe('a past form after "and" past a base-form negation', () => {
  test('"Gondor did not consult Rohan and vowed to retaliate": the vow is made', () => {
    const es = code('Gondor did not consult Rohan and vowed to retaliate against Mordor.').filter((e) => e.cameo.startsWith('13'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'asserted'), JSON.stringify(es.map((e) => [e.cameo, e.modality])));
  });
});

describe('a meeting called off', () => {
  test('"The talks between Gondor and Mordor, scheduled for Sunday, were postponed": the talks did not take place', () => {
    const es = code('The talks between Gondor and Mordor, scheduled for Sunday, were postponed.').filter((e) => e.cameo.startsWith('04'));
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'negated'), JSON.stringify(es.map((e) => [e.cameo, e.modality])));
    const held = code('Talks between Gondor and Mordor were held in Osgiliath.').filter((e) => e.cameo.startsWith('04'));
    assert.ok(held.length > 0 && held.every((e) => e.modality === 'asserted'));
  });
  test('"Gondor called off the meeting with Mordor": relations lowered (160), no appeal for talks', () => {
    const es = code('Gondor called off the meeting with Mordor.').filter((e) => e.modality === 'asserted');
    assert.ok(es.some((e) => e.cameo === '160') && !es.some((e) => e.cameo.startsWith('02')), JSON.stringify(es.map((e) => e.cameo)));
  });
});

describe('litotes', () => {
  test('"Mordor army would not hesitate to attack Gondor": intended, not negated', () => {
    const es = code('Mordor army said it would not hesitate to attack Gondor.').filter((e) => e.cameo === '190');
    assert.ok(es.length > 0 && es.every((e) => e.modality === 'future-intent'), JSON.stringify(es.map((e) => e.modality)));
  });
});
