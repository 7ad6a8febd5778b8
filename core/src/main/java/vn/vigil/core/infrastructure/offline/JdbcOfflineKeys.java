package vn.vigil.core.infrastructure.offline;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.vigil.core.api.offline.OfflineKeys;

/** {@link OfflineKeys} in {@code core.offline_key}: 32 random bytes per user, made on first request. */
@ApplicationScoped
public class JdbcOfflineKeys implements OfflineKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Unshared: used alone outside a transaction, its connection goes back to the pool when closed. */
    @Resource(lookup = "jdbc/vigil", shareable = false)
    DataSource dataSource;

    @Override
    public byte[] wrappingKeyOf(String username) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into core.offline_key (username, wrapping_key)"
                    + " values (?, ?) on conflict (username) do nothing")) {
                s.setString(1, username);
                s.setBytes(2, fresh);
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    c.prepareStatement("select wrapping_key from core.offline_key where username = ?")) {
                s.setString(1, username);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getBytes(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the offline key", e);
        }
    }
}
