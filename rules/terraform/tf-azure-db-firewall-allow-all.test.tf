resource "azurerm_mssql_firewall_rule" "everyone" {
  name             = "AllowAll"
  server_id        = azurerm_mssql_server.orders.id
  # ruleid: tf-azure-db-firewall-allow-all
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "dev_anywhere" {
  name             = "dev-anywhere"
  server_id        = azurerm_postgresql_flexible_server.app.id
  # ruleid: tf-azure-db-firewall-allow-all
  start_ip_address = "0.0.0.1"
  end_ip_address   = "223.255.255.255"
}

# ruleid: tf-azure-db-firewall-allow-all
resource "azurerm_redis_firewall_rule" "open" {
  name                = "open"
  redis_cache_name    = azurerm_redis_cache.sessions.name
  resource_group_name = azurerm_resource_group.app.name
  start_ip            = "0.0.0.0"
  end_ip              = "255.255.255.255"
}

resource "azurerm_mssql_firewall_rule" "azure_services" {
  name             = "AllowAzureServices"
  server_id        = azurerm_mssql_server.orders.id
  # ok: tf-azure-db-firewall-allow-all
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}

resource "azurerm_mysql_flexible_server_firewall_rule" "office" {
  name                = "office"
  resource_group_name = azurerm_resource_group.app.name
  server_name         = azurerm_mysql_flexible_server.app.name
  # ok: tf-azure-db-firewall-allow-all
  start_ip_address    = "203.0.113.0"
  end_ip_address      = "203.0.113.255"
}

resource "azurerm_mssql_firewall_rule" "from_variables" {
  name             = "ci-runners"
  server_id        = azurerm_mssql_server.orders.id
  # ok: tf-azure-db-firewall-allow-all
  start_ip_address = var.ci_start_ip
  end_ip_address   = var.ci_end_ip
}
