resource "azurerm_redis_cache" "sessions" {
  name                = "contoso-sessions"
  location            = azurerm_resource_group.web.location
  resource_group_name = azurerm_resource_group.web.name
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  # ruleid: tf-azure-redis-non-ssl-port
  enable_non_ssl_port = true
  minimum_tls_version = "1.2"
}

# ruleid: tf-azure-redis-non-ssl-port
resource "azurerm_redis_cache" "catalog" {
  name                 = "contoso-catalog"
  location             = azurerm_resource_group.web.location
  resource_group_name  = azurerm_resource_group.web.name
  capacity             = 2
  family               = "P"
  sku_name             = "Premium"
  non_ssl_port_enabled = true
}

resource "azurerm_redis_cache" "rate_limits" {
  name                 = "contoso-ratelimits"
  location             = azurerm_resource_group.api.location
  resource_group_name  = azurerm_resource_group.api.name
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  # ok: tf-azure-redis-non-ssl-port
  non_ssl_port_enabled = false
  minimum_tls_version  = "1.2"
}

resource "azurerm_redis_cache" "module" {
  name                = var.name
  location            = var.location
  resource_group_name = var.resource_group_name
  capacity            = var.capacity
  family              = "C"
  sku_name            = "Standard"
  # ok: tf-azure-redis-non-ssl-port
  enable_non_ssl_port = var.enable_non_ssl_port
}
