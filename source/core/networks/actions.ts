// What each decision asks the user to do on each network's site, in its words.
import type {Network, RequestStatus} from '../model.js';

export const networkNames: Record<Network, string> = {
	linkedin: 'LinkedIn',
	xing: 'XING',
	facebook: 'Facebook',
	twitter: 'X',
	mastodon: 'Mastodon',
	instagram: 'Instagram',
	other: 'the network',
};

type Decided = Exclude<RequestStatus, 'pending'>;

/** `{name}` stands for the sender. */
const steps: Record<Network, Record<Decided, string>> = {
	linkedin: {
		accepted: 'accept {name} on LinkedIn',
		follower: 'ignore {name}\'s invitation on LinkedIn (they can still follow you)',
		ignored: 'ignore {name}\'s invitation on LinkedIn',
		spam: 'ignore {name}\'s invitation on LinkedIn and report it as spam',
	},
	xing: {
		accepted: 'confirm {name} on XING',
		follower: 'decline {name}\'s request on XING (XING has no followers for it)',
		ignored: 'decline {name}\'s request on XING',
		spam: 'decline {name}\'s request on XING and report the profile',
	},
	facebook: {
		accepted: 'confirm {name}\'s friend request on Facebook',
		follower: 'delete {name}\'s friend request on Facebook (they stay a follower)',
		ignored: 'delete {name}\'s friend request on Facebook',
		spam: 'delete {name}\'s friend request on Facebook and report the profile',
	},
	twitter: {
		accepted: 'approve {name}\'s follow request on X and follow back',
		follower: 'approve {name}\'s follow request on X',
		ignored: 'decline {name}\'s follow request on X',
		spam: 'decline {name}\'s follow request on X and report the account',
	},
	mastodon: {
		accepted: 'authorize {name}\'s follow request on Mastodon and follow back',
		follower: 'authorize {name}\'s follow request on Mastodon',
		ignored: 'reject {name}\'s follow request on Mastodon',
		spam: 'reject {name}\'s follow request on Mastodon and report the account',
	},
	instagram: {
		accepted: 'confirm {name}\'s follow request on Instagram and follow back',
		follower: 'confirm {name}\'s follow request on Instagram',
		ignored: 'delete {name}\'s follow request on Instagram',
		spam: 'delete {name}\'s follow request on Instagram and report the account',
	},
	other: {
		accepted: 'accept {name}',
		follower: 'let {name} follow you',
		ignored: 'decline {name}\'s request',
		spam: 'decline {name}\'s request and report it',
	},
};

export function actionText(network: Network, status: Decided, name: string): string {
	return steps[network][status].replace('{name}', name);
}
