package dev.tandem.memory.store;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small conversions between SQLite columns and record fields. */
final class Rows {

    private static final Gson GSON = new Gson();
    private static final TypeToken<List<Long>> LONG_LIST = new TypeToken<>() { };

    private Rows() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static void setNullable(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    static void setNullable(PreparedStatement statement, int index, Integer value) throws SQLException {
        setNullable(statement, index, value == null ? null : value.longValue());
    }

    static String idsToJson(List<Long> ids) {
        return GSON.toJson(ids);
    }

    static List<Long> idsFromJson(String json) {
        List<Long> ids = GSON.fromJson(json, LONG_LIST.getType());
        return ids == null ? List.of() : ids;
    }

    static long lastId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(PreparedStatement statement, Mapper<T> mapper) throws SQLException {
        List<T> result = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                result.add(mapper.map(rs));
            }
        }
        return result;
    }

    /** The row with {@code id} that {@code select} (ending in "WHERE id = ?") finds, if any. */
    static <T> java.util.Optional<T> byId(Database db, String select, long id, Mapper<T> mapper) {
        return java.util.Optional.ofNullable(db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(select)) {
                s.setLong(1, id);
                return single(s, mapper);
            }
        }));
    }

    static <T> T single(PreparedStatement statement, Mapper<T> mapper) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? mapper.map(rs) : null;
        }
    }
}
