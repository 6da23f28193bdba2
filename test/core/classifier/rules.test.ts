import {describe, expect, it} from 'vitest';
import {rules} from '../../../source/core/classifier/rules.js';
import {rulesOf, World} from '../../helpers/screening.js';

describe('the rule table', () => {
	it('weights agree with what a rule is about', () => {
		for (const [id, rule] of Object.entries(rules)) {
			if (rule.group === 'evidence' || rule.group === 'individual') expect(rule.weight, id).toBeGreaterThan(0);
			if (rule.group === 'template' || rule.group === 'spam') expect(rule.weight, id).toBeLessThan(0);
			expect(id).toMatch(/^[A-Z_]+$/);
			expect(rule.about.length).toBeGreaterThan(10);
		}
	});
});

describe('VOUCHED', () => {
	it('fires when the user vouched for the sender, and is enough to accept', () => {
		const world = new World();
		const key = world.request(world.person({name: 'Georg Nilsson', vouched: {at: '2025-01-01', note: 'Co-Host'}}), {network: 'facebook'});
		const suggestion = world.suggest(key);
		expect(suggestion.reasons[0]).toMatchObject({rule: 'VOUCHED', text: 'you vouched for them 2025-01-01 (Co-Host)'});
		expect(suggestion.decision).toBe('accept');
	});
	it('does not fire otherwise', () => expect(rulesOf(new World().stranger(null))).not.toContain('VOUCHED'));
});

describe('rules that must stay silent', () => {
	it('SHARED_CONTEXT: no claim of a shared moment', () => expect(rulesOf(new World().stranger('Your thread on moving an NGO to Mastodon was exactly what our charity needed.'))).not.toContain('SHARED_CONTEXT'));

	it('HEADLINE_ECHO: the employer named inside a real reason', () => {
		const suggestion = new World().stranger('Anna hat mir erzählt, dass Sie bei Hafenblick den Community-Leitfaden geschrieben haben – wir stehen vor derselben Aufgabe.');
		expect(rulesOf(suggestion)).not.toContain('HEADLINE_ECHO');
		expect(suggestion.decision).toBe('accept');
	});

	it('CLONE_OF_CONTACT: the same name on the same network, clearly someone else', () => {
		const world = new World();
		world.person({name: 'Michael Schmidt', company: 'Stadtwerke Kiel', location: 'Kiel', headline: 'Einkauf', connectedOn: {linkedin: '2019-01-01'}});
		const other = world.person({name: 'Michael Schmidt', company: 'Uni Passau', location: 'Passau', headline: 'Doktorand Medienwissenschaft'});
		const suggestion = world.suggest(world.request(other, {message: 'Hallo Herr Keller, ich schreibe meine Dissertation über Kontaktanfragen und zitiere Ihren Beitrag – darf ich Ihnen zwei Fragen stellen?'}));
		expect(rulesOf(suggestion)).not.toContain('CLONE_OF_CONTACT');
		expect(rulesOf(suggestion)).toContain('NAME_TWIN');
		expect(suggestion.decision).toBe('accept');
	});

	it('ONE_WAY_ONLY: not when there is a real dialogue', () => {
		const world = new World();
		const anna = world.person({name: 'Anna Brandt'});
		world.history(anna, 'twitter like in 2020-01-01', 'twitter reply in 2020-01-02', 'twitter reply out 2020-01-03', 'twitter reply in 2020-01-04', 'twitter reply out 2020-01-05');
		expect(rulesOf(world.suggest(world.request(anna)))).not.toContain('ONE_WAY_ONLY');
	});

	it('NO_EVIDENCE explains a follower suggestion, and is absent with evidence', () => {
		const follower = new World().stranger('Nice talk yesterday in Cologne!', 'mastodon');
		expect(follower.reasons.find(reason => reason.rule === 'NO_EVIDENCE')?.text).toBe('no meeting or dialogue yet: as a follower they can read along on mastodon');
		const world = new World();
		const anna = world.person({name: 'Anna Brandt', notes: 'Met at BarCamp Hamburg.'});
		expect(rulesOf(world.suggest(world.request(anna, {network: 'mastodon', message: 'Nice talk yesterday in Cologne!'})))).not.toContain('NO_EVIDENCE');
	});

	it('an impersonating name is never accepted, even with history on its record', () => {
		const world = new World();
		const fake = world.person({name: 'Mаrta Nowak'});
		world.history(fake, 'email email in 2025-01-01', 'email email out 2025-01-02', 'email email in 2025-02-01', 'email email out 2025-02-02');
		expect(world.suggest(world.request(fake)).decision).not.toBe('accept');
	});
});

describe('more evidence', () => {
	it('a tag the user gives friends, family or colleagues counts as knowing them personally', () => {
		const world = new World();
		const lisa = world.person({name: 'Lisa Marquardt', tags: ['Freunde']});
		const suggestion = world.suggest(world.request(lisa, {network: 'facebook'}));
		expect(suggestion.reasons[0]).toMatchObject({rule: 'MET_IN_PERSON', text: 'known personally (you tagged them "Freunde")'});
		expect(suggestion.decision).toBe('accept');
		expect(rulesOf(new World().stranger(null, 'linkedin'))).not.toContain('MET_IN_PERSON');
	});

	it('a same-name account with a real dialogue of its own is accepted, unsure, with the warning shown', () => {
		const world = new World();
		world.person({name: 'Felix Baumann', company: 'Kiezwerk', connectedOn: {xing: '2021-03-15'}});
		const second = world.person({name: 'Felix Baumann', company: 'Kiezwerk'});
		world.history(second, 'xing message in 2025-01-01', 'xing message out 2025-01-02', 'xing message in 2025-02-01', 'xing message out 2025-02-02');
		const suggestion = world.suggest(world.request(second, {network: 'xing'}));
		expect(suggestion).toMatchObject({decision: 'accept', unsure: true});
		expect(rulesOf(suggestion)).toContain('CLONE_OF_CONTACT');
	});
});
