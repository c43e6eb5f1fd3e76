// Generated from the metadata record schemas: do not edit; change the schema or src/protocol/codegen and run `make protocol`.
// The codecs of every KRaft metadata record by record type (the schema apiKey), for the
// metadata log frame: unsigned varint frame version, record type, record version, record.
import type { RecordCodec } from '../api-codec.js';
import * as registerBrokerRecord from './metadata/register-broker-record.js';
import * as unregisterBrokerRecord from './metadata/unregister-broker-record.js';
import * as topicRecord from './metadata/topic-record.js';
import * as partitionRecord from './metadata/partition-record.js';
import * as configRecord from './metadata/config-record.js';
import * as partitionChangeRecord from './metadata/partition-change-record.js';
import * as fenceBrokerRecord from './metadata/fence-broker-record.js';
import * as unfenceBrokerRecord from './metadata/unfence-broker-record.js';
import * as removeTopicRecord from './metadata/remove-topic-record.js';
import * as delegationTokenRecord from './metadata/delegation-token-record.js';
import * as userScramCredentialRecord from './metadata/user-scram-credential-record.js';
import * as featureLevelRecord from './metadata/feature-level-record.js';
import * as clientQuotaRecord from './metadata/client-quota-record.js';
import * as producerIdsRecord from './metadata/producer-ids-record.js';
import * as brokerRegistrationChangeRecord from './metadata/broker-registration-change-record.js';
import * as accessControlEntryRecord from './metadata/access-control-entry-record.js';
import * as removeAccessControlEntryRecord from './metadata/remove-access-control-entry-record.js';
import * as noOpRecord from './metadata/no-op-record.js';
import * as zkMigrationStateRecord from './metadata/zk-migration-state-record.js';
import * as removeUserScramCredentialRecord from './metadata/remove-user-scram-credential-record.js';
import * as beginTransactionRecord from './metadata/begin-transaction-record.js';
import * as endTransactionRecord from './metadata/end-transaction-record.js';
import * as abortTransactionRecord from './metadata/abort-transaction-record.js';
import * as removeDelegationTokenRecord from './metadata/remove-delegation-token-record.js';
import * as registerControllerRecord from './metadata/register-controller-record.js';

/** Metadata record codecs by record type. */
export const metadataRecordCodecs: ReadonlyMap<number, RecordCodec> = new Map<number, RecordCodec>([
  [0, {
    apiKey: 0, name: 'RegisterBrokerRecord', lowestVersion: 0, highestVersion: 3,
    read: registerBrokerRecord.readRegisterBrokerRecord, write: registerBrokerRecord.writeRegisterBrokerRecord, create: registerBrokerRecord.createRegisterBrokerRecord,
  }],
  [1, {
    apiKey: 1, name: 'UnregisterBrokerRecord', lowestVersion: 0, highestVersion: 0,
    read: unregisterBrokerRecord.readUnregisterBrokerRecord, write: unregisterBrokerRecord.writeUnregisterBrokerRecord, create: unregisterBrokerRecord.createUnregisterBrokerRecord,
  }],
  [2, {
    apiKey: 2, name: 'TopicRecord', lowestVersion: 0, highestVersion: 0,
    read: topicRecord.readTopicRecord, write: topicRecord.writeTopicRecord, create: topicRecord.createTopicRecord,
  }],
  [3, {
    apiKey: 3, name: 'PartitionRecord', lowestVersion: 0, highestVersion: 2,
    read: partitionRecord.readPartitionRecord, write: partitionRecord.writePartitionRecord, create: partitionRecord.createPartitionRecord,
  }],
  [4, {
    apiKey: 4, name: 'ConfigRecord', lowestVersion: 0, highestVersion: 0,
    read: configRecord.readConfigRecord, write: configRecord.writeConfigRecord, create: configRecord.createConfigRecord,
  }],
  [5, {
    apiKey: 5, name: 'PartitionChangeRecord', lowestVersion: 0, highestVersion: 2,
    read: partitionChangeRecord.readPartitionChangeRecord, write: partitionChangeRecord.writePartitionChangeRecord, create: partitionChangeRecord.createPartitionChangeRecord,
  }],
  [7, {
    apiKey: 7, name: 'FenceBrokerRecord', lowestVersion: 0, highestVersion: 0,
    read: fenceBrokerRecord.readFenceBrokerRecord, write: fenceBrokerRecord.writeFenceBrokerRecord, create: fenceBrokerRecord.createFenceBrokerRecord,
  }],
  [8, {
    apiKey: 8, name: 'UnfenceBrokerRecord', lowestVersion: 0, highestVersion: 0,
    read: unfenceBrokerRecord.readUnfenceBrokerRecord, write: unfenceBrokerRecord.writeUnfenceBrokerRecord, create: unfenceBrokerRecord.createUnfenceBrokerRecord,
  }],
  [9, {
    apiKey: 9, name: 'RemoveTopicRecord', lowestVersion: 0, highestVersion: 0,
    read: removeTopicRecord.readRemoveTopicRecord, write: removeTopicRecord.writeRemoveTopicRecord, create: removeTopicRecord.createRemoveTopicRecord,
  }],
  [10, {
    apiKey: 10, name: 'DelegationTokenRecord', lowestVersion: 0, highestVersion: 0,
    read: delegationTokenRecord.readDelegationTokenRecord, write: delegationTokenRecord.writeDelegationTokenRecord, create: delegationTokenRecord.createDelegationTokenRecord,
  }],
  [11, {
    apiKey: 11, name: 'UserScramCredentialRecord', lowestVersion: 0, highestVersion: 0,
    read: userScramCredentialRecord.readUserScramCredentialRecord, write: userScramCredentialRecord.writeUserScramCredentialRecord, create: userScramCredentialRecord.createUserScramCredentialRecord,
  }],
  [12, {
    apiKey: 12, name: 'FeatureLevelRecord', lowestVersion: 0, highestVersion: 0,
    read: featureLevelRecord.readFeatureLevelRecord, write: featureLevelRecord.writeFeatureLevelRecord, create: featureLevelRecord.createFeatureLevelRecord,
  }],
  [14, {
    apiKey: 14, name: 'ClientQuotaRecord', lowestVersion: 0, highestVersion: 0,
    read: clientQuotaRecord.readClientQuotaRecord, write: clientQuotaRecord.writeClientQuotaRecord, create: clientQuotaRecord.createClientQuotaRecord,
  }],
  [15, {
    apiKey: 15, name: 'ProducerIdsRecord', lowestVersion: 0, highestVersion: 0,
    read: producerIdsRecord.readProducerIdsRecord, write: producerIdsRecord.writeProducerIdsRecord, create: producerIdsRecord.createProducerIdsRecord,
  }],
  [17, {
    apiKey: 17, name: 'BrokerRegistrationChangeRecord', lowestVersion: 0, highestVersion: 2,
    read: brokerRegistrationChangeRecord.readBrokerRegistrationChangeRecord, write: brokerRegistrationChangeRecord.writeBrokerRegistrationChangeRecord, create: brokerRegistrationChangeRecord.createBrokerRegistrationChangeRecord,
  }],
  [18, {
    apiKey: 18, name: 'AccessControlEntryRecord', lowestVersion: 0, highestVersion: 0,
    read: accessControlEntryRecord.readAccessControlEntryRecord, write: accessControlEntryRecord.writeAccessControlEntryRecord, create: accessControlEntryRecord.createAccessControlEntryRecord,
  }],
  [19, {
    apiKey: 19, name: 'RemoveAccessControlEntryRecord', lowestVersion: 0, highestVersion: 0,
    read: removeAccessControlEntryRecord.readRemoveAccessControlEntryRecord, write: removeAccessControlEntryRecord.writeRemoveAccessControlEntryRecord, create: removeAccessControlEntryRecord.createRemoveAccessControlEntryRecord,
  }],
  [20, {
    apiKey: 20, name: 'NoOpRecord', lowestVersion: 0, highestVersion: 0,
    read: noOpRecord.readNoOpRecord, write: noOpRecord.writeNoOpRecord, create: noOpRecord.createNoOpRecord,
  }],
  [21, {
    apiKey: 21, name: 'ZkMigrationStateRecord', lowestVersion: 0, highestVersion: 0,
    read: zkMigrationStateRecord.readZkMigrationStateRecord, write: zkMigrationStateRecord.writeZkMigrationStateRecord, create: zkMigrationStateRecord.createZkMigrationStateRecord,
  }],
  [22, {
    apiKey: 22, name: 'RemoveUserScramCredentialRecord', lowestVersion: 0, highestVersion: 0,
    read: removeUserScramCredentialRecord.readRemoveUserScramCredentialRecord, write: removeUserScramCredentialRecord.writeRemoveUserScramCredentialRecord, create: removeUserScramCredentialRecord.createRemoveUserScramCredentialRecord,
  }],
  [23, {
    apiKey: 23, name: 'BeginTransactionRecord', lowestVersion: 0, highestVersion: 0,
    read: beginTransactionRecord.readBeginTransactionRecord, write: beginTransactionRecord.writeBeginTransactionRecord, create: beginTransactionRecord.createBeginTransactionRecord,
  }],
  [24, {
    apiKey: 24, name: 'EndTransactionRecord', lowestVersion: 0, highestVersion: 0,
    read: endTransactionRecord.readEndTransactionRecord, write: endTransactionRecord.writeEndTransactionRecord, create: endTransactionRecord.createEndTransactionRecord,
  }],
  [25, {
    apiKey: 25, name: 'AbortTransactionRecord', lowestVersion: 0, highestVersion: 0,
    read: abortTransactionRecord.readAbortTransactionRecord, write: abortTransactionRecord.writeAbortTransactionRecord, create: abortTransactionRecord.createAbortTransactionRecord,
  }],
  [26, {
    apiKey: 26, name: 'RemoveDelegationTokenRecord', lowestVersion: 0, highestVersion: 0,
    read: removeDelegationTokenRecord.readRemoveDelegationTokenRecord, write: removeDelegationTokenRecord.writeRemoveDelegationTokenRecord, create: removeDelegationTokenRecord.createRemoveDelegationTokenRecord,
  }],
  [27, {
    apiKey: 27, name: 'RegisterControllerRecord', lowestVersion: 0, highestVersion: 0,
    read: registerControllerRecord.readRegisterControllerRecord, write: registerControllerRecord.writeRegisterControllerRecord, create: registerControllerRecord.createRegisterControllerRecord,
  }],
]);
