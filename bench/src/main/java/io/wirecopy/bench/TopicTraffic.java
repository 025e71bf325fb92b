package io.wirecopy.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

/**
 * What the broker holds per topic (internal ones included: changelogs, {@code __consumer_offsets},
 * {@code __transaction_state}): the sum of its partitions' end offsets (records and transaction markers, which take an
 * offset each) and of its log sizes on disk. Two snapshots apart give the records and bytes a phase wrote per article,
 * which is where a broker's CPU goes.
 */
final class TopicTraffic {

    /** Per topic: end offsets summed over partitions, log bytes summed. */
    record Snapshot(Map<String, long[]> topics) {
    }

    private TopicTraffic() {
    }

    static Snapshot take(String bootstrap) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var names = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
            var described = admin.describeTopics(names).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            described.forEach((name, d) -> d.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()),
                    OffsetSpec.latest())));
            Map<String, long[]> topics = new TreeMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) ->
                    topics.computeIfAbsent(tp.topic(), k -> new long[2])[0] += info.offset());
            List<Integer> brokers = new ArrayList<>();
            for (Node n : admin.describeCluster().nodes().get()) {
                brokers.add(n.id());
            }
            for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get().values()) {
                for (LogDirDescription dir : dirs.values()) {
                    for (Map.Entry<TopicPartition, ReplicaInfo> r : dir.replicaInfos().entrySet()) {
                        topics.computeIfAbsent(r.getKey().topic(), k -> new long[2])[1] += r.getValue().size();
                    }
                }
            }
            return new Snapshot(topics);
        }
    }

    /** "topic records/article bytes/article" lines for what was written between the two snapshots, largest first. */
    static List<String> perArticle(Snapshot before, Snapshot after, int articles) {
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        after.topics().forEach((topic, now) -> {
            long[] was = before.topics().getOrDefault(topic, new long[2]);
            long records = now[0] - was[0];
            if (records > 0) {
                grown.add(Map.entry(topic, new long[] {records, now[1] - was[1]}));
            }
        });
        grown.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        List<String> lines = new ArrayList<>();
        long[] all = new long[2];
        for (Map.Entry<String, long[]> e : grown) {
            all[0] += e.getValue()[0];
            all[1] += e.getValue()[1];
            lines.add(String.format(Locale.ROOT, "%s: %.2f records, %,.0f bytes", e.getKey(), (double) e.getValue()[0] / articles,
                    (double) e.getValue()[1] / articles));
        }
        lines.add(0, String.format(Locale.ROOT, "every topic: %.2f records, %,.0f bytes", (double) all[0] / articles,
                (double) all[1] / articles));
        return lines;
    }
}
