// The owner's own profile files fill `me.profile`, what the screening matches
// requests against; what the user wrote there themselves is kept.
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {importInto, readDb, writeFiles} from './helpers.js';

const twitterProfile = `window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Community-Arbeit, Fediverse, Talks: Netzwerken mit Sinn",
        "website" : "https://kontaktpflege.blog",
        "location" : "Hamburg"
      }
    }
  }
]`;

const twitterAccount = `window.YTD.account.part0 = [
  {"account" : {"username" : "sabine_kraemer", "accountId" : "1487263950117384193", "accountDisplayName" : "Sabine Krämer"}}
]`;

const linkedinProfile = [
	'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
	'Sabine,Krämer,,,,Community Lead bei Hafenblick,"Ich spreche über Netzwerken mit Sinn.\nBuch: Das leise Netzwerk",Internet,,Hamburg,,[BLOG:https://kontaktpflege.blog],',
].join('\n');

describe("the owner's profile from their own export files", () => {
	it('reads the X bio and website, and the LinkedIn headline and summary, adding each once', async () => {
		const dir = await writeFiles({'data/profile.js': twitterProfile, 'data/account.js': twitterAccount, 'Profile.csv': linkedinProfile});
		const db = path.join(dir, 'db.json');
		await importInto(db, 'auto', [path.join(dir, 'data')]);
		let me = (await readDb(db)).me;
		expect(me.name).toBe('Sabine Krämer');
		expect(me.profile).toBe('Community-Arbeit, Fediverse, Talks: Netzwerken mit Sinn\nhttps://kontaktpflege.blog');
		await importInto(db, 'auto', [path.join(dir, 'Profile.csv')]);
		me = (await readDb(db)).me;
		expect(me.profile).toContain('Community-Arbeit, Fediverse');
		expect(me.profile).toContain('Community Lead bei Hafenblick\nIch spreche über Netzwerken mit Sinn.\nBuch: Das leise Netzwerk');
		const twice = me.profile;
		await importInto(db, 'auto', [path.join(dir, 'Profile.csv'), path.join(dir, 'data')]);
		expect((await readDb(db)).me.profile).toBe(twice);
	});
});
