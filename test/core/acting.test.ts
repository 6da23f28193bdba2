// Opening addresses from imported data, and the texts built from untrusted names.
import {describe, expect, it} from 'vitest';
import {openUrl} from '../../source/core/networks/open.js';
import {messageUrl, profileUrl, requestsPageUrl} from '../../source/core/networks/urls.js';
import {osc52} from '../../source/core/replies/clipboard.js';
import {fill, templateFor} from '../../source/core/replies/templates.js';
import {formatTodos} from '../../source/commands/todo.js';

describe('opening addresses', () => {
	it('opens only web addresses, never a file, a script or an option', async () => {
		const env = {BROWSER: '/bin/true'};
		for (const url of ['file:///etc/passwd', 'javascript:alert(1)', '--help', 'https://x.example/a b']) {
			expect(await openUrl(url, env, 'linux'), url).toEqual({opened: false, why: 'not a web address'});
		}
		expect(await openUrl('https://www.linkedin.com/in/jana/', env, 'linux')).toEqual({opened: true, by: '/bin/true'});
	});

	it('shows the address instead over SSH or without a display', async () => {
		expect(await openUrl('https://x.com/jana', {SSH_CONNECTION: '1 2 3 4'}, 'linux')).toEqual({opened: false, why: 'over SSH'});
		expect(await openUrl('https://x.com/jana', {}, 'linux')).toEqual({opened: false, why: 'no display'});
		expect(await openUrl('https://x.com/jana', {DISPLAY: ':0', BROWSER: '/nonexistent/browser'}, 'linux')).toMatchObject({opened: false, why: expect.stringContaining('ENOENT')});
	});

	it('builds profile, requests and message addresses per network', () => {
		expect(profileUrl({handles: {linkedin: 'jana-wagner'}}, 'linkedin')).toBe('https://www.linkedin.com/in/jana-wagner/');
		expect(profileUrl({handles: {twitterId: '294857103'}}, 'twitter')).toBe('https://x.com/i/user/294857103');
		expect(profileUrl({handles: {mastodon: 'anna@social.example'}}, 'mastodon')).toBe('https://social.example/@anna');
		expect(profileUrl({profileUrl: 'https://www.xing.com/profile/Jana_Wagner', handles: {}}, 'xing')).toBe('https://www.xing.com/profile/Jana_Wagner');
		expect(profileUrl({handles: {facebook: '100012345'}}, 'facebook')).toBe('https://www.facebook.com/profile.php?id=100012345');
		expect(requestsPageUrl('mastodon', 'https://norden.social')).toBe('https://norden.social/follow_requests');
		expect(requestsPageUrl('mastodon')).toBeUndefined();
		expect(messageUrl('twitter', {handles: {twitterId: '42'}})).toBe('https://x.com/messages/compose?recipient_id=42');
	});
});

describe('texts from untrusted names', () => {
	it('keeps escape sequences in a name inert in the to-do list', () => {
		const text = formatTodos([{key: 'linkedin:r1', id: 'r1', network: 'linkedin', name: 'Eve\u001b]0;x\u0007', decision: 'accepted', decidedAt: '2026-12-01T00:00:00Z',
			action: 'accept Eve\u001b]0;x\u0007 on LinkedIn', url: 'https://www.linkedin.com/in/eve\u001b[2J'}]);
		expect(text).toContain('accept Eve␛]0;x␇ on LinkedIn');
		expect(text).not.toMatch(/\u001b|\u0007/);
	});

	it('copies through OSC 52 as base64, so the text cannot end the sequence', () => {
		expect(osc52('hi\u0007there')).toBe(`\u001b]52;c;${Buffer.from('hi\u0007there').toString('base64')}\u0007`);
	});

	it('picks the template by the language and du/Sie of the message', () => {
		expect(templateFor({network: 'linkedin', message: 'Hi Steve, I enjoyed your talk and would like to connect.'})).toBe('en');
		expect(templateFor({network: 'xing', message: 'Hallo Steve, ich habe deinen Vortrag gesehen und würde mich freuen.'})).toBe('de-du');
		expect(templateFor({network: 'xing', message: 'Sehr geehrter Herr Keller, gerne würde ich mich mit Ihnen vernetzen.'})).toBe('de-sie');
		expect(templateFor({network: 'linkedin', message: null})).toBe('en');
		expect(fill('{firstName} {unknown} {network}', {person: {name: 'Jana Wagner'}, me: {}, request: {network: 'xing'}})).toBe('Jana {unknown} XING');
	});
});
