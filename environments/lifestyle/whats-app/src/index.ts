import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { whatsappArchiveChat, whatsappListChats, whatsappMarkMessageRead } from './tools/chats.js';
import { whatsappCheckPhone, whatsappGetContacts } from './tools/contacts.js';
import {
  whatsappAddGroupParticipants,
  whatsappCreateGroup,
  whatsappGetGroupInfo,
  whatsappLeaveGroup,
  whatsappRemoveGroupParticipants,
  whatsappUpdateGroupDescription,
  whatsappUpdateGroupName,
} from './tools/groups.js';
import { whatsappDeleteMessage, whatsappGetChatMessages } from './tools/messages.js';
import { whatsappChangeAvatar, whatsappChangePushName, whatsappGetProfileInfo } from './tools/profile.js';
import {
  whatsappSendContact,
  whatsappSendFile,
  whatsappSendImage,
  whatsappSendLink,
  whatsappSendLocation,
  whatsappSendTextMessage,
} from './tools/send-messages.js';

export const whatsApp = defineEnvironment({
  name: 'WhatsApp',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    'WhatsApp for one account: send texts, images, files, links, locations and contact cards, read and archive chats, ' +
    'manage groups and their members, look numbers up, and edit the profile.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    whatsappSendTextMessage,
    whatsappSendImage,
    whatsappSendFile,
    whatsappSendLink,
    whatsappSendLocation,
    whatsappSendContact,
    whatsappCheckPhone,
    whatsappListChats,
    whatsappGetChatMessages,
    whatsappArchiveChat,
    whatsappCreateGroup,
    whatsappGetGroupInfo,
    whatsappAddGroupParticipants,
    whatsappRemoveGroupParticipants,
    whatsappUpdateGroupName,
    whatsappUpdateGroupDescription,
    whatsappLeaveGroup,
    whatsappGetProfileInfo,
    whatsappChangePushName,
    whatsappChangeAvatar,
    whatsappGetContacts,
    whatsappMarkMessageRead,
    whatsappDeleteMessage,
  ],
});

export default whatsApp;
export { scenarioSchema };
export type { WhatsAppState } from './scenario.js';
